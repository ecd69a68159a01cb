import type { GridRow } from '../adapters/blocks.js';
import { type Project } from './performance-parts.js';
/** A key naming a project's funds: 年度资金总额, 年度资金申请总额, 项目资金总额, 资金总额 (泉州). */
export declare const PROJECT_FUNDS: RegExp;
/**
 * Is this table one project's form (keys and values in cells), not a grid of many projects? A form
 * prints a key's value beside it; a grid prints the same words as column headers, each followed by
 * the next header, with the values below (长沙 2026年项目支出绩效目标表: 单位编码 | 单位（项目）名称 |
 * 资金总额 | 绩效目标 | 绩效指标, then 合计 270.00 and a row per unit and project). A form without any
 * amount is an empty form either way.
 */
export declare function isKeyValueForm(rows: GridRow[]): boolean;
/**
 * A form that prints no 项目名称 names its project in its title (泉州: 办公设备购置及公安服务器升级改造
 * 项目绩效目标表); a generic title (项目支出绩效目标表) names none.
 */
export declare function projectOfTitle(title: string): string;
export declare function readKeyValueLayout(rows: GridRow[], title: string): Project[];
