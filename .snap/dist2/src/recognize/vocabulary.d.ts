import type { MoneyUnit } from '../model/types.js';
/** "单位：万元" → 万元. */
export declare function unitOf(text: string): MoneyUnit | null;
/** Page furniture left in dumps: page numbers, "page number" placeholders. */
export declare function isPageFurniture(text: string): boolean;
/** A 目录 line: dot leaders at its end, before the page number if any (not "……（不涉及的不列）" in running text). */
export declare function isTocText(text: string): boolean;
export declare function isNote(text: string): boolean;
/** A printed statement that a table is empty. */
export declare function isEmptyStatement(text: string): boolean;
/**
 * The items of the “三公” 经费 as a row names them: 因公出国（境）费, 公务接待费, and 公务用车购置及运行
 * （维护）费 (or 公务用车费) made of its 购置费 and 运行（维护）费.
 */
export declare const THREE_PUBLIC: {
    readonly travel: RegExp;
    readonly reception: RegExp;
    readonly vehicleAny: RegExp;
    readonly vehicle: RegExp;
    readonly purchase: RegExp;
    readonly running: RegExp;
};
/** Any of the three items, as a header or a row names them (因公出国（境）费, 公务接待费, 公务用车…). */
export declare const THREE_PUBLIC_ITEM: RegExp;
/** The three fiscal funds as a title, a heading or a sentence names them. */
export declare const FUND_NAME: {
    readonly general_budget: RegExp;
    readonly gov_fund: RegExp;
    readonly state_capital: RegExp;
};
/**
 * The “三公” total as its own header or row name (compact form): “三公”经费合计 (苏州), or the sum
 * named for its money, “三公”经费财政拨款预算总额 (北京 预算09表). A bare 预算数 after it is a measure, not the total.
 */
export declare const THREE_PUBLIC_TOTAL: RegExp;
/** A header or column naming the 机关运行经费. */
export declare const AGENCY_OPERATING: RegExp;
/** 一级 indicators of a performance target tree (产出指标 …). */
export declare const INDICATOR_L1: RegExp;
/** 二级 indicators (数量指标 …); 成本指标 is 一级 in newer templates and 二级 in older ones. */
export declare const INDICATOR_L2: RegExp;
/** Header cells of an indicator tree. */
export declare const INDICATOR_HEADER: RegExp;
/** Cells of a department's overall target table (not of projects): 部门名称及编码, 年度主要任务 …. */
export declare const UNIT_TARGET_CELL: RegExp;
/** A title, or the header over a table's code and name columns, by economic classification: （按经济分类科目）, 经济分类情况表, (经济科目). */
export declare const BY_ECONOMIC_CLASS: RegExp;
/** A statement of emptiness made on a condition: 此表如无数字则表示单位无该项支出 (长沙's notes under every table). */
export declare function isConditionalStatement(text: string): boolean;
/** Does this line read like a table title (to be confirmed by the grid that follows)? */
export declare function looksLikeTableTitle(text: string): boolean;
/** Short lines that belong to a table's preamble: 单位名称：…, 部门：… / 单位：… (the unit's name), (2024)年度, 127-吉林省商务厅, 预算公开表1, 公开02表, 表03. */
export declare function isPreambleText(text: string): boolean;
/**
 * A line naming a part of the disclosure published as its own file: 附件：北京市财政局 2026 年度部门预算报表,
 * 见附件：…报表, 附件2：…预算公开表. Returns what it names, or null.
 */
export declare function attachmentNamed(text: string): string | null;
/** A header cell naming amounts of money: 预算数（单位：万元）, 金额, 资金 (a fee's 元/㎡ is a rate, not an amount). */
export declare const NAMES_MONEY: RegExp;
/** A 项目支出表 that also holds other spending (广东: 部门预算项目支出及其他支出预算表): its totals exceed the 项目支出. */
export declare const WITH_OTHER_SPENDING: RegExp;
