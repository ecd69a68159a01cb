import type { BudgetDocument, Row, Table } from '../model/types.js';
import type { AmountClaim } from '../narrative/claims.js';
/** The cell of a 决算表 a final account's "年初预算为 X 万元，支出决算为 Y 万元" restates. */
export interface OutturnTarget {
    table: Table;
    row: Row;
    key: string;
    /** The figure as the narrative names it: the item's path and 年初预算 or 支出决算. */
    label: string;
}
/**
 * The amount claims of a final account's outturn pairs, each with the 决算表 cell it restates: the
 * budget against the table's 年初预算数 (or 调整预算数) column, the outturn against its 决算数 合计.
 * A pair whose row no table prints, or a budget the table has no column for, is left out: the
 * general check of narrative amounts speaks of them.
 */
export declare function outturnTargets(doc: BudgetDocument, amounts: AmountClaim[]): Map<AmountClaim, OutturnTarget>;
