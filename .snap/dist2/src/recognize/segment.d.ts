import type { Block, GridRow, Paragraph } from '../adapters/blocks.js';
import type { MoneyUnit, Statement } from '../model/types.js';
/** A table as found in the text, before recognition: title, grid rows, notes. */
export interface RawTable {
    title: string;
    titleLine: number;
    /** Lines of the title repeated on later pages. */
    repeatedTitleLines: number[];
    preamble: Statement[];
    unit: MoneyUnit | null;
    rows: GridRow[];
    notes: Statement[];
    emptyStatement: Statement | null;
}
export interface Segments {
    tables: RawTable[];
    /** Paragraphs outside tables, in order: the narrative and front matter. */
    paragraphs: Paragraph[];
    toc: Statement[];
}
export declare function segment(blocks: Block[], file: string): Segments;
