import type { FormatAdapter } from '../adapter.js';
import type { Block } from '../blocks.js';
/** A link to a file of the disclosure (its tables as a PDF or workbook), with the paragraph it is in. */
export interface FileLink {
    text: string;
    href: string;
    line: number;
}
export declare function htmlBlocks(html: string, maxNesting?: number): Block[];
/** Blocks of a page, and its links to files (a page whose tables are a linked attachment names them so). */
export declare function readHtml(html: string, maxNesting?: number): {
    blocks: Block[];
    links: FileLink[];
};
export declare const htmlAdapter: FormatAdapter;
