/** Resource limits against hostile or broken files; every adapter honours them. */
export interface Limits {
    /** Largest input accepted, in bytes. */
    maxBytes: number;
    /** Most PDF pages read. */
    maxPages: number;
    /** Most entries in a DOCX/XLSX zip. */
    maxZipEntries: number;
    /** Most bytes a DOCX/XLSX may decompress to, all entries together. */
    maxUncompressedBytes: number;
    /** Highest compression ratio accepted for one zip entry (zip bombs reach 1000:1). */
    maxCompressionRatio: number;
    /** Largest XML entry of a DOCX/XLSX parsed (a parsed tree takes some 40 times its text). */
    maxXmlBytes: number;
    /** Deepest element nesting of an HTML page or Office XML walked. */
    maxNesting: number;
    /** Time budget for reading one document, in milliseconds. */
    timeMs: number;
    /** Heap budget of the isolated reader, in MB. */
    memoryMb: number;
}
export declare const DEFAULT_LIMITS: Limits;
