/**
 * Tables as DOCX, XLSX and HTML give them (the cells that exist, with their spans) → the dense grid
 * rows recognition reads: one cell per column, a merged cell once at its first column with its
 * spans, the positions it covers left empty. A title or 单位 line drawn as a one-cell row across
 * the table becomes a paragraph, as it reads in a PDF.
 */
import type { Placement } from '../model/types.js';
import type { Block } from './blocks.js';
export interface SourceCell {
    text: string;
    colSpan?: number;
    rowSpan?: number;
    at?: Placement;
    /** Grid column when the source states it (XLSX); otherwise the next free column. */
    col?: number;
}
export interface SourceRow {
    cells: SourceCell[];
    at?: Placement;
}
/** A cell's text on one line: wrapped lines joined, spaces collapsed. */
export declare function normaliseCellText(text: string): string;
/** Rows of one table → blocks, numbering lines with `nextLine`; `placeOf` places cells the source did not. */
export declare function tableBlocks(rows: SourceRow[], nextLine: () => number, placeOf?: (row: number, col: number) => Placement): Block[];
