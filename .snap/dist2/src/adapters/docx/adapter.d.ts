/**
 * DOCX: word/document.xml read directly (no HTML detour): paragraphs for the narrative, tables
 * with gridSpan (columns) and vMerge (rows) merges, in document order. Content controls (sdt) and
 * tracked insertions are read through; deleted text is not.
 */
import type { FormatAdapter } from '../adapter.js';
import type { Block } from '../blocks.js';
export declare function docxBlocks(documentXml: string): Block[];
export declare const docxAdapter: FormatAdapter;
