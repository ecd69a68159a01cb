/** The extensions of the formats the reader reads (legacy .doc/.xls through LibreOffice). */
export declare const READABLE_EXTENSIONS: Set<string>;
/** Every file to ingest, each once, folders expanded where they stand in the arguments. */
export declare function expandInputs(inputs: string[]): string[];
/** The sha256 of a file's bytes, as the reader computes it (src/source/load.ts). */
export declare function hashFile(file: string): Promise<string>;
