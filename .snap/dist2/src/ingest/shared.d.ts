import type { ReaderPool } from '../source/pool.js';
import type { WorkQueue } from '../store/store.js';
import { type IngestContext } from './settle.js';
/** Claims of one file that may end unfinished (the process died) before it is given up. */
export declare const MAX_ATTEMPTS = 3;
export interface SharedOptions {
    pool: ReaderPool;
    /** Join the files of one disclosure (`--no-group` turns it off). */
    group: boolean;
}
export declare function ingestShared(files: string[], context: IngestContext, queue: WorkQueue, options: SharedOptions): Promise<void>;
