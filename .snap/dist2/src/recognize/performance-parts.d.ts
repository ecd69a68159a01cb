import type { GridRow } from '../adapters/blocks.js';
import type { Amount } from '../model/types.js';
/** The vocabulary and pieces every layout of a performance-target table (项目支出绩效目标表) shares. */
export declare const PROJECT_AMOUNT: RegExp;
export declare const HEADER_CELL: RegExp;
export interface Indicator {
    l1: string;
    l2: string;
    l3: string;
    description?: string;
    target?: string;
    weight?: string;
    basis?: string;
}
export interface Project {
    name: string;
    /** 项目属性 (一次性项目（1年结束）/ 经常性项目) and 项目期 (1年, 99年) where printed. */
    nature?: string;
    period?: string;
    unitName: string | null;
    amount: Amount | null;
    periodTotal: Amount | null;
    /** 其中：财政拨款, where a form prints it. */
    fiscal?: Amount | null;
    objective: string;
    /** What the form says the project is and rests on (项目概况, 项目内容, 立项依据), in its words. */
    overview?: string;
    line: number;
    /** A 合计 line of a table of many projects, kept as a total row. */
    isTotal?: boolean;
    indicators: Array<Indicator & {
        line: number;
    }>;
}
export declare function texts(row: GridRow): string[];
export declare function isL1(t: string): boolean;
export declare function isL2(t: string): boolean;
/** Reads the indicator part of a row (cells after the project columns). */
export declare function indicatorFrom(cells: string[], prev: {
    l1: string;
    l2: string;
}, withWeight: boolean, firstIsLevel2?: boolean): Indicator | null;
/**
 * Indicators printed flat, one per row under a header naming their columns (重庆: 指标名称 | 指标性质 |
 * 指标值 | 计量单位 | 指标权重(%) | 是否核心): the target is the sign, value and unit read together (≥950亿元).
 */
type FlatRole = 'name' | 'sign' | 'value' | 'measure' | 'weight' | 'l1' | 'l2';
export type FlatColumns = Map<number, FlatRole>;
/**
 * The flat indicator columns a header row names (by grid column, a merged cell covering its span), or
 * null. With `tree`, the indicators' 一级 / 二级 levels may be columns of their own (一级指标 | 二级指标 |
 * 三级指标 | 指标值), merged down over the rows under them.
 */
export declare function flatIndicatorColumns(row: GridRow, tree?: boolean): FlatColumns | null;
/** One flat indicator row, or null when the row names no indicator. */
export declare function flatIndicator(row: GridRow, roles: FlatColumns): Indicator | null;
export {};
