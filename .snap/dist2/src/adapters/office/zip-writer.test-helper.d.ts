export interface TestEntry {
    name: string;
    data: Buffer | string;
    /** Claim this uncompressed size in the directory (to test lying entries). */
    claimedSize?: number;
}
export interface ZipOptions {
    /** Write sizes, offsets and the count as ZIP64 (extra fields and the ZIP64 end records). */
    zip64?: boolean;
    /** Claim this many entries in the end record(s). */
    claimedCount?: number;
}
export declare function makeZip(entries: TestEntry[], options?: ZipOptions): Buffer;
