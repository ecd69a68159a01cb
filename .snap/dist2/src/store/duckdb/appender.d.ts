/**
 * DuckDB's Appender for the store's tables: one per table, kept open across documents; rows go
 * into its buffer and reach the table at flush, inside the connection's open transaction (a
 * rollback drops them). Measured about 50× faster than parameterised INSERTs.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Records } from '../records.js';
type Api = typeof import('@duckdb/node-api');
export declare class Appenders {
    private readonly connection;
    private readonly api;
    private readonly open;
    constructor(connection: DuckDBConnection, api: Api);
    /** Appends every record and flushes, so the rows are part of the current transaction. */
    write(records: Records): Promise<void>;
    /** After a failed write: the appenders may hold rows or be broken; they are dropped. */
    discard(): void;
    close(): void;
    private appender;
}
export {};
