import type { TableKind } from './types.js';
/** Each kind by the name the national template gives it (中文), for explanations and reports. */
export declare const KIND_NAMES: Record<TableKind, string>;
/** Tables of spending by function (类/款/项 rows), told apart by the fund they cover. */
export declare const SPENDING_BY_FUNCTION: readonly TableKind[];
/** Tables by the department economic classification (301 工资福利支出 …). */
export declare const SPENDING_BY_ECONOMIC: readonly TableKind[];
/** `收支总表 (income_expenditure_summary)`: a kind as explanations name it. */
export declare function kindLabel(kind: TableKind): string;
