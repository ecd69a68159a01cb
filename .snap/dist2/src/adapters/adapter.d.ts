import type { Finding, SourceFormat } from '../model/types.js';
import type { Limits } from '../source/limits.js';
import type { Block, TextStyle } from './blocks.js';
/** One format adapter: bytes of one file → blocks in reading order, each keeping its placement. */
export interface FormatAdapter {
    readonly format: SourceFormat;
    read(input: AdapterInput): Promise<AdapterOutput>;
}
export interface AdapterInput {
    file: string;
    bytes: Uint8Array;
    limits: Limits;
    /** Collect what each layout stage found (`extract --debug-layout`). */
    debug?: boolean;
}
export interface AdapterOutput {
    style: TextStyle;
    blocks: Block[];
    /** Problems met while reading (scanned pages without OCR, limits reached, …). */
    findings: Finding[];
    /** Pages (PDF) or sheets (XLSX) read. */
    pages?: number;
    /** Per-page or per-sheet description of what the layout stages found, when asked for. */
    debug?: string[];
    /** Links to files (a web page's tables published as a linked attachment), with the block line they are in. */
    links?: Array<{
        text: string;
        href: string;
        line: number;
    }>;
}
