import type { BudgetDocument, Finding } from '../model/types.js';
import type { Failure, PutOptions, PutResult, Store } from '../store/store.js';
export type FileStatus = 'stored' | 'skipped' | 'failed';
export interface FileEvent {
    /** The file, or the files of one disclosure read as one document. */
    files: string[];
    status: FileStatus;
    pages: number;
    /** Error findings of the document (stored now or before). */
    errors: number;
    version?: number;
    /** Why it failed, 中文 / English. */
    reason?: string;
}
export interface IngestContext {
    store: Store;
    runId: number;
    /** `--profile`: the disclosure profile to check against (detected per document otherwise). */
    profile: string | null;
    onFile: (event: FileEvent) => void;
}
/** The failure to record for an error met reading or storing a file. */
export declare function failureOf(file: string, sha256: string | null, error: unknown, runId: number): Failure;
/** Checks the document and stores it (through `put`: the store, or a claim of the shared queue). */
export declare function storeChecked(doc: BudgetDocument, files: string[], context: IngestContext, put: (doc: BudgetDocument, findings: Finding[], options: PutOptions) => Promise<PutResult>): Promise<void>;
/** Records the failure and tells the run. */
export declare function recordFailed(failure: Failure, context: IngestContext, record?: (failure: Failure) => Promise<void>): Promise<void>;
