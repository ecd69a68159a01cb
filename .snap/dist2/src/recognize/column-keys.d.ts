import type { ColumnReason, Side } from '../model/types.js';
/**
 * Map a header path (top to bottom, as printed) to a stable column key. The key depends on the
 * meaning of the labels, never on the position: 合计 under 基本支出 is `basic`, at the top `total`.
 */
export interface ColumnMeaning {
    key: string;
    type: 'amount' | 'text';
    /** Role of a text column in the row: the row label, its code, or an ordinary text value. */
    role: 'label' | 'code' | 'text' | 'index';
    side?: Side;
    /** Which label decided the key, and how (kept for `extract --explain`). */
    because: ColumnReason;
}
/** In a header, an income or expenditure group over a 项目 column is a side of the table. */
export declare function sideGroups(paths: string[][]): Set<string>;
export declare function columnMeaning(pathAsPrinted: string[], sides?: ReadonlySet<string>): ColumnMeaning;
/** Was this key made from an unknown header label (not from the vocabulary)? */
export declare function isFallbackKey(key: string): boolean;
/**
 * Can this income group hold this column? Only what a label says by itself counts: 其他收入 is
 * this year's money, 国有资本经营预算拨款结转 a fiscal carry-over; a bare 一般公共预算 or 合计 fits
 * anywhere, and groups outside the income vocabulary hold anything.
 */
export declare function groupHolds(group: string, leaf: string): boolean;
