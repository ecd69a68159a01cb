import type { TextPiece } from './geometry.js';
/** tesseract with the simplified-Chinese model, and pdftoppm, are on this machine. */
export declare function ocrAvailable(): boolean;
/** tesseract's TSV: one row per page, block, paragraph, line and word. */
export declare function piecesFromTsv(tsv: string, dpi: number): TextPiece[];
export interface OcrSession {
    page(number: number): TextPiece[];
    close(): void;
}
export declare function openOcr(bytes: Uint8Array): OcrSession;
