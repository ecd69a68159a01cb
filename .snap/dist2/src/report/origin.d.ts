import type { Origin } from '../model/types.js';
/**
 * Where a datum sits, as its reader can find it: the page of a PDF (with the block number), the
 * sheet and cell of a workbook, the table cell of a Word or web page, the line of a text dump.
 */
export declare function originLabel(origin: Origin | undefined, form?: 'long' | 'short'): string;
/** The file or files a document was read from: a disclosure read from several lists them all. */
export declare function documentFiles(doc: {
    source: {
        file: string;
    };
    parts?: Array<{
        file: string;
    }>;
}): string;
