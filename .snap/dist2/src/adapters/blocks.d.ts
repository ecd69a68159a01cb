/**
 * What every format adapter hands to recognition: paragraphs and grid rows in reading order.
 * `line` numbers the blocks through the whole document (for text dumps, the line of the file);
 * `at` says where the block sits in a binary source (page and box, sheet and cell).
 */
import type { Placement } from '../model/types.js';
export interface Cell {
    text: string;
    /** Column index (tab position, cell order in a Word dump, grid column in a reconstructed table). */
    col: number;
    /** Columns a merged cell covers (grid style; default 1). */
    span?: number;
    /** Rows a merged cell covers (grid style; default 1). */
    rowSpan?: number;
    at?: Placement;
}
export interface GridRow {
    type: 'row';
    cells: Cell[];
    line: number;
    /** Number of lines the row spans (Word dumps: one line per cell). */
    lines: number;
    at?: Placement;
}
export interface Paragraph {
    type: 'para';
    text: string;
    line: number;
    /** Markdown heading depth (#, ##, …) when the source marked it. */
    heading?: number;
    at?: Placement;
}
export type Block = GridRow | Paragraph;
/**
 * - `tsv`: one table row per line, cells separated by tabs (PDF text, markdown exports);
 * - `word-cells`: one cell per line, merged cells listed once (Word dumps);
 * - `grid`: explicit grids from PDF, DOCX, XLSX and HTML: dense rows, one cell per column, a merged
 *   cell once at its first column with its span.
 */
export type TextStyle = 'tsv' | 'word-cells' | 'grid';
export declare function rowText(row: GridRow): string[];
export declare function nonEmptyCells(row: GridRow): Cell[];
