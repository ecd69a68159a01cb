import type { ReaderPool } from '../source/pool.js';
import { type IngestContext } from './settle.js';
export interface LocalOptions {
    pool: ReaderPool;
    /** Join the files of one disclosure, wherever they are among those given (`--no-group` turns it off). */
    group: boolean;
}
export declare function ingestLocal(files: string[], context: IngestContext, options: LocalOptions): Promise<void>;
