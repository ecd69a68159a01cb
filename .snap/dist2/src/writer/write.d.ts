import type { BudgetDocument, Finding } from '../model/types.js';
import type { WriterInput } from './input.js';
import type { WrittenDocument } from './layout.js';
import type { WriterProfile } from './profiles.js';
export type WriteFormat = 'docx' | 'html' | 'pdf';
export interface WriteResult {
    bytes: Buffer;
    written: WrittenDocument;
    /** The written file as our reader reads it. */
    readBack: BudgetDocument;
    findings: Finding[];
    errors: Finding[];
}
/** LibreOffice is needed for a PDF and is not installed: `write` says so and exits 2. */
export declare class NoLibreOffice extends Error {
    constructor();
}
/** DOCX → PDF through LibreOffice (fonts embedded by its PDF export). */
export declare function docxToPdf(docx: Buffer, timeMs?: number): Promise<Buffer>;
export interface RenderOptions {
    /**
     * Number the 目录 by where the headings land (DOCX → PDF through LibreOffice, toc-pages.ts): for a
     * PDF, and for a DOCX when LibreOffice is installed, unless false (two or three conversions instead of one).
     */
    tocPages?: boolean;
}
export declare function render(written: WrittenDocument, format: WriteFormat, options?: RenderOptions): Promise<Buffer>;
export declare function writeDisclosure(input: WriterInput, profile: WriterProfile, format: WriteFormat, options?: RenderOptions): Promise<WriteResult>;
