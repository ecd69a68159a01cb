/**
 * The 目录's page numbers: headless LibreOffice does not update a TOC field, so the writer finds
 * where each heading landed in the PDF it made (read by our own PDF adapter) and writes those pages
 * into the 目录 (the DOCX keeps the field, the numbers as its result). The 目录 lists the headings in
 * the order the document prints them, so each is looked for after the one before: first the 目录's
 * own lines (a line starts with its entry, page number after), then the headings themselves (a table
 * is headed by its title alone, the 目录 numbers it: 一、收支总表).
 */
import type { Block } from '../adapters/blocks.js';
import type { WrittenBlock, WrittenDocument } from './layout.js';
type TocBlock = Extract<WrittenBlock, {
    type: 'toc';
}>;
/** The page each entry's heading is on, or null when one is not found. */
export declare function headingPagesOf(blocks: Block[], toc: TocBlock): number[] | null;
export declare function headingPages(pdf: Buffer, toc: TocBlock): Promise<number[] | null>;
export declare const tocOf: (doc: WrittenDocument) => TocBlock | undefined;
/** The document with these pages in its 目录. */
export declare function withTocPages(doc: WrittenDocument, pages: number[]): WrittenDocument;
/**
 * DOCX → PDF with the 目录's pages: convert, find the pages, write them in and convert again, until
 * the pages written are where the headings are (numbers that make the 目录 longer can move them;
 * three conversions at most). Returns the last DOCX and its PDF.
 */
export declare function withPageNumbers(written: WrittenDocument, toDocx: (doc: WrittenDocument) => Buffer, toPdf: (docx: Buffer) => Promise<Buffer>): Promise<{
    docx: Buffer;
    pdf: Buffer;
    written: WrittenDocument;
}>;
export {};
