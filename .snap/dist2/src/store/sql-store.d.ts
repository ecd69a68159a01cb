import type { BudgetDocument, Finding } from '../model/types.js';
import type { Engine, Param, Session } from './engine.js';
import type { DocumentFilter, Failure, PutOptions, PutResult, QueryRow, RunCounts, Store, StoredDocument, WorkQueue } from './store.js';
export declare const DOCUMENT_COLUMNS = "d.id, d.sha256, d.title, d.department, d.region, d.level, d.year, d.phase, d.profile, d.source_file, d.version, d.errors, d.warnings, d.infos";
export declare function storedDocument(row: QueryRow): StoredDocument;
export declare class SqlStore implements Store {
    private readonly engine;
    readonly queue: WorkQueue | null;
    constructor(engine: Engine);
    get dialect(): import("./migrations.js").Dialect;
    get location(): string;
    migrate(): Promise<number>;
    hasDocument(sha256: string): Promise<StoredDocument | null>;
    putDocument(doc: BudgetDocument, findings: Finding[], options: PutOptions): Promise<PutResult>;
    recordFailure(failure: Failure): Promise<void>;
    listDocuments(filter?: DocumentFilter): Promise<StoredDocument[]>;
    listFailures(): Promise<Array<Failure & {
        failedAt: string;
    }>>;
    startRun(jobs: number): Promise<number>;
    finishRun(id: number, counts: RunCounts): Promise<void>;
    query(sql: string, params?: Param[]): Promise<QueryRow[]>;
    close(): Promise<void>;
}
/** A failure row, in the caller's transaction (the queue records it with its claim). */
export declare function insertFailure(s: Session, failure: Failure): Promise<void>;
