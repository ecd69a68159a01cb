/**
 * The store's tables, one definition for both engines: the writers append in this column order,
 * the first migration creates them from it. Child tables are keyed by (document_id, table_no,
 * row_no …) instead of ids of their own, so a document is written in one pass with no id to read
 * back; they carry no primary key, which DuckDB would keep as an in-memory index over millions of
 * cells (the writer guarantees uniqueness: a document is written whole, once).
 */
/** `decimal`: exact DECIMAL(20,6) (an amount's scaled bigint at 6 decimals); `json`: JSON text. */
export type ColumnType = 'bigint' | 'int' | 'text' | 'bool' | 'decimal' | 'timestamp' | 'json';
export interface TableDef {
    name: string;
    columns: Array<[name: string, type: ColumnType, constraint?: string]>;
    /** Constraints after the columns (PRIMARY KEY (…)). */
    keys?: string[];
    /** The migration that created the table (1 when absent). */
    since?: number;
    /** Columns a later migration added (ALTER TABLE … ADD COLUMN), by that migration's version. */
    added?: Record<string, number>;
}
export declare const TABLES: TableDef[];
export declare function tableDef(name: string): TableDef;
/** The tables a migration creates: as they were at that version. */
export declare function createdAt(version: number): TableDef[];
/** ALTER TABLE … ADD COLUMN for the columns a migration added to tables made before it. */
export declare function addedAt(version: number): string[];
/** CREATE TABLE for one definition: the same SQL for DuckDB and PostgreSQL. */
export declare function createTableSql(def: TableDef): string;
