import type { ColumnReason, Table } from '../model/types.js';
/** Why a column has its key, in words (中文 / English). */
export declare function columnReason(because: ColumnReason): string;
export declare function explainTable(table: Table): string[];
