export type Dialect = 'duckdb' | 'postgres';
export interface Migration {
    version: number;
    name: string;
    statements(dialect: Dialect): string[];
}
export declare const MIGRATIONS: Migration[];
/** The schema version this build writes and reads. */
export declare const SCHEMA_VERSION: number;
export declare const MIGRATIONS_TABLE = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)";
