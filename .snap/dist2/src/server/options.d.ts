import { type Limits } from '../source/limits.js';
import type { Store } from '../store/store.js';
import type { KeepLimits } from './results.js';
export interface ServerOptions {
    /** Writes (uploads) need `Authorization: Bearer <token>` when set. */
    token: string | null;
    /** Largest upload (one request), in bytes; each file is read with the same limit. */
    maxUploadBytes: number;
    /** Uploads per client address per minute; 0: no limit. */
    uploadsPerMinute: number;
    /** Checked results kept for the report page. */
    keep: KeepLimits;
    /** Reader threads (default: one per core). */
    jobs?: number;
    /** Limits on reading one file. */
    limits: Limits;
    /** The store the corpus browser and the comparisons read, and uploads are put in; null: those routes answer 503. */
    store: Store | null;
    /** Where the originals of stored uploads are kept (`<dir>/<sha256>/<name>`); null: not kept. */
    uploadsDir: string | null;
}
export declare const DEFAULT_SERVER_OPTIONS: ServerOptions;
/** On a shared deployment: a bounded rate of uploads per client. */
export declare const SHARED_UPLOADS_PER_MINUTE = 30;
/** Whether an address reaches only this machine (127.0.0.0/8, ::1, localhost). */
export declare function isLoopback(host: string): boolean;
