/**
 * What an engine (duckdb/, postgres/) gives the store: SQL on one connection, a bulk writer, and
 * transactions. Everything else — migrations, putting a document, listing — is written once, in
 * sql-store.ts and put.ts, over this.
 */
import type { Dialect } from './migrations.js';
import type { Records } from './records.js';
import type { QueryRow, WorkQueue } from './store.js';
export type Param = string | number | bigint | boolean | null;
/** One connection (inside a transaction when given by `transaction`). */
export interface Session {
    all(sql: string, params?: Param[]): Promise<QueryRow[]>;
    run(sql: string, params?: Param[]): Promise<void>;
    /**
     * Holds a lock on `key` until the transaction ends, so two processes storing the same file or
     * two versions of one department-year wait for each other (PostgreSQL; DuckDB has one writer).
     */
    lock(key: string): Promise<void>;
    /** Appends the records in bulk: DuckDB's Appender, PostgreSQL's COPY. */
    write(records: Records): Promise<void>;
}
export interface Engine {
    readonly dialect: Dialect;
    readonly location: string;
    /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
    transaction<T>(work: (session: Session) => Promise<T>): Promise<T>;
    /** Runs `work` with the schema locked against other processes migrating at once. */
    exclusive<T>(work: () => Promise<T>): Promise<T>;
    /** A query that may only read (refused otherwise). */
    readOnly(sql: string, params?: Param[]): Promise<QueryRow[]>;
    /** Work handed out to several processes, where the engine can share it (PostgreSQL). */
    queue(): WorkQueue | null;
    close(): Promise<void>;
}
