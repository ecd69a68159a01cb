import type { Limits } from '../../source/limits.js';
export declare class ZipArchive {
    private readonly bytes;
    private readonly file;
    private readonly limits;
    private readonly entries;
    private inflated;
    constructor(bytes: Uint8Array, file: string, limits: Limits);
    has(name: string): boolean;
    names(): string[];
    /** An entry's text (UTF-8), or null when the archive has no such entry. */
    text(name: string): string | null;
    private damaged;
    private bomb;
}
