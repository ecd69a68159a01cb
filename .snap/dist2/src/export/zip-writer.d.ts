export interface ZipEntry {
    /** Path inside the archive, with `/` between folders. */
    name: string;
    data: Buffer | string;
}
export declare function zipBytes(entries: ZipEntry[]): Buffer;
