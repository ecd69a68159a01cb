import type { Block, TextStyle } from '../blocks.js';
/**
 * Split extracted text into paragraphs and grid rows. Two dump styles exist:
 * - `tsv`: one table row per line, cells separated by tabs (PDF text, markdown exports);
 * - `word-cells`: one cell per line, each prefixed by a tab, a blank line ends the row (Word dumps).
 */
export declare function detectStyle(lines: string[]): TextStyle;
export declare function splitLines(text: string): string[];
export declare function readBlocks(text: string): {
    style: TextStyle;
    blocks: Block[];
};
