/**
 * Versioned migrations, applied in order, each once, each in its own transaction. The first
 * creates the tables of schema.ts as they are defined now; a later change to a table is a new
 * migration here (ALTER TABLE …) together with its new definition in schema.ts, and migration 1
 * then keeps a frozen copy of what it created.
 */
import { createTableSql, TABLES } from './schema.js';

export type Dialect = 'duckdb' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  statements(dialect: Dialect): string[];
}

/** Sequences give ids that no two processes share (PostgreSQL) and that need no read-back. */
const SEQUENCES = ['document_ids', 'run_ids', 'failure_ids'];

/**
 * Lookups the queries make often. DuckDB answers scans over documents stored in id order from its
 * zone maps and keeps an index in memory, so it gets only the small ones; PostgreSQL gets the
 * indexes it needs to find one document's rows and one code's cells.
 */
const INDEXES: Record<Dialect, string[]> = {
  duckdb: ['CREATE INDEX documents_department_year ON documents (department, year)'],
  postgres: [
    'CREATE INDEX documents_department_year ON documents (department, year)',
    'CREATE INDEX doc_tables_document ON doc_tables (document_id, table_no)',
    'CREATE INDEX doc_columns_document ON doc_columns (document_id, table_no)',
    'CREATE INDEX doc_rows_document ON doc_rows (document_id, table_no, row_no)',
    'CREATE INDEX doc_rows_code ON doc_rows (code)',
    'CREATE INDEX cells_row ON cells (document_id, table_no, row_no)',
    'CREATE INDEX sections_document ON sections (document_id)',
    'CREATE INDEX claims_document ON claims (document_id)',
    'CREATE INDEX findings_document ON findings (document_id)',
    'CREATE INDEX ingest_jobs_state ON ingest_jobs (state)',
  ],
};

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, tables, rows, cells, narrative, claims, findings, failures, runs, jobs',
    statements: (dialect) => [
      ...SEQUENCES.map((name) => `CREATE SEQUENCE ${name} START 1`),
      ...TABLES.map(createTableSql),
      ...INDEXES[dialect],
    ],
  },
];

/** The schema version this build writes and reads. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

export const MIGRATIONS_TABLE =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)';
