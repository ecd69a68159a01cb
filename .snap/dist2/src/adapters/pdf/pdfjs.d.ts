/**
 * pdf.js, loaded only when a PDF is read, with the settings that keep Chinese text and keep
 * hostile files harmless: packed CMaps and standard fonts from the installed package (on Node 20
 * a plain path, not a file:// URL, or text in non-embedded CJK fonts silently disappears), no eval,
 * no font loading into the host, no network.
 */
import type { PageContent } from './geometry.js';
import type { LayoutSettings } from './settings.js';
export interface OpenedPdf {
    pages: number;
    readPage(page: number): Promise<PageContent>;
    /** Does the page draw images (a scan) — asked only for pages without text. */
    hasImages(page: number): Promise<boolean>;
    close(): Promise<void>;
}
export declare function openPdf(bytes: Uint8Array, file: string, settings: LayoutSettings): Promise<OpenedPdf>;
