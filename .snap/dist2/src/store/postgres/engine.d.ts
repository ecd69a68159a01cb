/**
 * The shared engine: PostgreSQL (`--db postgres://…`), a pool of connections, bulk writes with
 * COPY. Loaded only when a store is opened.
 */
import type { PoolClient } from 'pg';
import type { Engine, Param, Session } from '../engine.js';
import type { QueryRow, WorkQueue } from '../store.js';
/** The URL without its password, for messages. */
export declare function redact(url: string): string;
export declare function sessionOf(client: PoolClient): Session;
/** Runs `work` in a transaction on `client`: committed when it returns, rolled back when it throws. */
export declare function inTransaction<T>(client: PoolClient, work: (s: Session) => Promise<T>, begin?: string): Promise<T>;
export declare class PostgresEngine implements Engine {
    readonly location: string;
    private readonly pool;
    readonly dialect: "postgres";
    private constructor();
    static open(url: string, connections?: number): Promise<PostgresEngine>;
    transaction<T>(work: (session: Session) => Promise<T>): Promise<T>;
    /** Migrations one process at a time: a session lock held while they run. */
    exclusive<T>(work: () => Promise<T>): Promise<T>;
    /** A read-only transaction, and the extended protocol, which takes one statement only. */
    readOnly(sql: string, params?: Param[]): Promise<QueryRow[]>;
    queue(): WorkQueue;
    close(): Promise<void>;
}
