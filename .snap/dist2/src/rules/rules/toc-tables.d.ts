import type { Rule } from '../types.js';
/** An entry of the 目录 without its numbering, dot leaders and page number. */
export declare function tocTitle(text: string): string;
/** Every table the document's own 目录 lists is in the document, and (a warning) every standard table is listed. */
export declare const tocTables: Rule;
