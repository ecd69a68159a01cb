import type { FormatAdapter } from '../adapter.js';
/** PDF: positioned text and ruling lines from pdf.js → grids, page by page. */
export declare const pdfAdapter: FormatAdapter;
