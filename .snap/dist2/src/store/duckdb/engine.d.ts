import type { Engine, Param, Session } from '../engine.js';
import type { QueryRow } from '../store.js';
export declare class DuckDBEngine implements Engine {
    readonly location: string;
    private readonly instance;
    private readonly connection;
    private readonly api;
    readonly dialect: "duckdb";
    private busy;
    private readonly appenders;
    private constructor();
    static open(path: string): Promise<DuckDBEngine>;
    /** One thing at a time on the one connection: a transaction is never interleaved with another. */
    private serial;
    private session;
    transaction<T>(work: (session: Session) => Promise<T>): Promise<T>;
    exclusive<T>(work: () => Promise<T>): Promise<T>;
    readOnly(sql: string, params?: Param[]): Promise<QueryRow[]>;
    queue(): null;
    close(): Promise<void>;
}
