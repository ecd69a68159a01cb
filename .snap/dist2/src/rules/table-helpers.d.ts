import type { Amount, Row, Table } from '../model/types.js';
import type { RuleContext } from './types.js';
/**
 * A column as messages name it: its printed label, else its printed header path, else the standard
 * name of its key (合计, 基本支出 …) — never the internal key itself.
 */
export declare function columnLabel(table: Table, key: string, side?: Row['side']): string;
/** A row as messages name it: its printed label or name, or its place when it prints none. */
export declare function rowName(row: Row): string;
export declare function amountKeys(table: Table, side?: Row['side']): string[];
/** Columns printed under a 其中 group: parts of another column's money, not further parts of the row. */
export declare function isOfWhich(table: Table, key: string): boolean;
export declare function hasValues(row: Row): boolean;
export declare function rowValue(row: Row | undefined, key: string): Amount | undefined;
/** The display name of a table in messages: its printed title. */
export declare function tableName(table: Table): string;
/**
 * Children of the row at `index`: the following rows one level deeper, until a row at its level or
 * above, or (where codes say) a row that is not under it — a flat list of 款 where one is split into
 * local 7-digit items (30207 邮电费 then 3021101 差旅费) has no parent row for those.
 */
export declare function childrenOf(rows: Row[], index: number): Row[];
/**
 * The rows a total adds up: those of the highest level printed, and any row whose parent the table
 * does not print (a 7-digit item whose 款 is not a row; 项 rows of a table that prints no 类).
 */
export declare function topRows(rows: Row[]): Row[];
/**
 * Compare a printed total with the sum of its parts and report a difference: as `messageId`, or as
 * the rule's `rounding` message (severity info) when it is within rounding.
 */
export declare function reportSum(context: RuleContext, args: {
    table: Table;
    row: Row;
    key: string;
    parts: Array<Amount | undefined>;
    messageId: string;
    data: Record<string, string | number>;
}): void;
/**
 * Several columns of one row checked against the same parts: columns that fail with the same figures
 * (合计, 小计 and 一般公共预算 of a row whose 项 is missing) are one fact, reported once naming them all.
 */
export declare function reportSums(context: RuleContext, args: {
    table: Table;
    row: Row;
    keys: string[];
    parts: (key: string) => Array<Amount | undefined>;
    messageId: string;
    data: Record<string, string | number>;
}): void;
