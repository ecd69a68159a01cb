export declare const ucs2: (text: string) => string;
export declare function syntheticPdf(content: string): Uint8Array;
/** A PDF file of these objects, numbered from 1 (the first the catalog), with its cross-reference table. */
export declare function pdfFile(objects: Array<string | Buffer>): Buffer;
