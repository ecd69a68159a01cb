import type { Limits } from './limits.js';
export declare function libreOfficeAvailable(): boolean;
/** Which Office program wrote an OLE file: its directory names the main stream (UTF-16). */
export declare function legacyKind(bytes: Buffer): 'doc' | 'xls' | null;
/** Convert in a child process (asynchronously: other files go on being read meanwhile), within the time budget. */
export declare function convertLegacy(bytes: Buffer, file: string, limits: Limits): Promise<{
    bytes: Buffer;
    format: 'docx' | 'xlsx';
}>;
/**
 * Convert bytes with LibreOffice (`soffice --headless --convert-to <target>`) in a private temporary
 * profile and directory, asynchronously, killed at `timeMs`. Null when it failed or produced nothing.
 * The legacy reader converts .doc/.xls with it; the writer converts its DOCX to PDF.
 */
export declare function convertWithLibreOffice(bytes: Buffer, inputExtension: string, target: string, timeMs: number): Promise<Buffer | null>;
