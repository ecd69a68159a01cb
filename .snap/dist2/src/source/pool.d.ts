import type { BudgetDocument } from '../model/types.js';
import type { Limits } from './limits.js';
import type { LoadedSource } from './load.js';
/** One file for a reader thread: its bytes are moved (transferred), not copied. */
export interface ReadJob {
    source: LoadedSource;
    limits: Limits;
    debug: boolean;
}
/** A document with what the adapter saw, for `--debug-layout`. */
export interface ReadResult {
    doc: BudgetDocument;
    debug: string[];
}
/** What a reader thread answers: the document, an input problem (exit 2), or a defect of ours. */
export type PoolReply = {
    kind: 'read';
    result: ReadResult;
} | {
    kind: 'refused';
    zh: string;
    en: string;
    details: string[];
} | {
    kind: 'internal';
    message: string;
};
/** `--jobs` when not given: one reader per core. */
export declare function defaultJobs(): number;
export declare class ReaderPool {
    readonly size: number;
    private readonly slots;
    private readonly queue;
    private closed;
    constructor(size?: number);
    /** Read one file in a reader thread; rejects with an InputError when the file breaks a limit. */
    read(job: ReadJob): Promise<ReadResult>;
    /** End every thread (pending reads are refused). */
    close(): Promise<void>;
    /** Threads started so far (the pool starts them only when files need them). */
    get threads(): number;
    private dispatch;
    private spawn;
    private start;
    private finish;
    /** The thread broke a limit or died: its file fails, the thread goes, the next file gets a new one. */
    private fail;
    private settle;
    private remove;
    private end;
}
/**
 * The pool `readDocument` uses when none is given. Idle threads do not keep the process alive, and
 * when nothing else does, the pool ends them itself: a thread left for Node to tear down while the
 * process exits once ended Node 22 with a FATAL ERROR.
 */
export declare function sharedPool(): ReaderPool;
