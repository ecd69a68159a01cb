/** A number cell: its exact decimal text, and how many decimals to show. */
export interface NumberCell {
    number: string;
    decimals: number;
}
export interface TextCell {
    text: string;
    bold?: boolean;
}
export type Cell = NumberCell | TextCell | null;
export interface Sheet {
    name: string;
    rows: Cell[][];
    /** Ranges like `A3:C3`. */
    merges?: string[];
    /** Widths in characters, by column. */
    widths?: number[];
    /** Rows kept in view when scrolling (the title and header rows). */
    frozenRows?: number;
}
/** Text as XML character data: markup escaped, and the control characters XML 1.0 forbids dropped. */
export declare function xmlText(text: string): string;
/** `#,##0.00` for two decimals, `#,##0` for none: thousands grouped, the printed decimals shown. */
export declare function numberFormat(decimals: number): string;
/**
 * Sheet names Excel accepts: forbidden characters replaced, no apostrophe at either end, at most
 * 31 characters, unique without regard to case (a repeat gets ` (2)`, the name cut to make room).
 */
export declare function sheetNames(wanted: string[]): string[];
/** The workbook's bytes: one worksheet per sheet, in order. Sheet names must already be valid. */
export declare function workbookBytes(sheets: Sheet[]): Buffer;
