import type { SourceFormat } from '../model/types.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
export { DEFAULT_LIMITS, type Limits };
export interface LoadedSource {
    file: string;
    bytes: Buffer;
    sha256: string;
    /** `ole`: a legacy .doc/.xls (OLE compound file). */
    format: SourceFormat | 'ole' | 'unknown-binary';
}
/** Sniff the format from the content, not the extension. */
export declare function sniff(bytes: Buffer): LoadedSource['format'];
/** How standard input (`-`) is named in messages and origins. */
export declare const STDIN_NAME = "<stdin>";
/** Read a file, or standard input for `-`; a pipe or device (`/dev/stdin`) is read as a stream. */
export declare function loadSource(file: string, limits?: Limits): Promise<LoadedSource>;
/** Bytes already in memory (an upload) under a name: checked against the size limit, hashed and sniffed. */
export declare function sourceFromBytes(name: string, bytes: Buffer, limits?: Limits): LoadedSource;
