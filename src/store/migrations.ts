/**
 * Versioned migrations, applied in order, each once, each in its own transaction. The first
 * creates the tables of schema.ts as they are defined now; a later change to a table is a new
 * migration here (ALTER TABLE …) together with its new definition in schema.ts, and migration 1
 * then keeps a frozen copy of what it created.
 */
import { backfillDerived, backfillSummaryAnswers } from './backfill.js';
import type { Session } from './engine.js';
import { addedAt, createdAt, createTableSql } from './schema.js';

export type Dialect = 'duckdb' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  statements(dialect: Dialect): string[];
  /** Rows derived from what is stored, written after the statements in the same transaction. */
  backfill?(session: Session): Promise<void>;
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

/** Version 2's: the unfinished attempts of a job are counted by its sha256. */
const INDEXES_2: Record<Dialect, string[]> = {
  duckdb: [],
  postgres: ['CREATE INDEX ingest_attempts_job ON ingest_attempts (sha256)'],
};

/**
 * Version 3's: the prior-year rule joins a document's restated figures to the earlier budget's own
 * by document, line and key; the side-by-side reads a document's summary rows; the corpus browser's
 * code search (a prefix, `LIKE '201%'`) finds its documents in an index that answers LIKE (the
 * server's collation is not C) without reading the rows. DuckDB scans the narrow tables instead
 * (documents are stored in id order, so its zone maps skip the others).
 */
const INDEXES_3: Record<Dialect, string[]> = {
  duckdb: [],
  postgres: [
    'CREATE INDEX year_figures_document ON year_figures (document_id, restated, line, figure_key)',
    'CREATE INDEX summary_figures_document ON summary_figures (document_id, line_no)',
    'CREATE INDEX doc_rows_code_prefix ON doc_rows (code text_pattern_ops, document_id)',
  ],
};

/**
 * Version 4's: code search (a prefix) and the code comparison (one code) find their lines in
 * `doc_lines` by one index that answers both `=` and LIKE, one department across years by document;
 * the indexes on `doc_rows.code` that served them before are dropped, so that storing a row no
 * longer updates them.
 */
const INDEXES_4: Record<Dialect, string[]> = {
  duckdb: [],
  postgres: [
    'CREATE INDEX doc_lines_code ON doc_lines (code text_pattern_ops, document_id)',
    'CREATE INDEX doc_lines_document ON doc_lines (document_id, table_no, row_no)',
    'DROP INDEX IF EXISTS doc_rows_code',
    'DROP INDEX IF EXISTS doc_rows_code_prefix',
  ],
};

/** Version 5's: the code comparison finds its code's line of each document by the code. */
const INDEXES_5: Record<Dialect, string[]> = {
  duckdb: [],
  postgres: ['CREATE INDEX code_spending_code ON code_spending (code, document_id)'],
};

/**
 * Version 6's: the documents of a region and year (the side-by-side comparison, the browser's
 * filters, a code compared in one region) found by an index instead of a scan of every document
 * (10,000 documents, load 16: 27–30 ms of execution against 2 ms). DuckDB scans `documents`, which
 * is small, as before.
 */
const INDEXES_6: Record<Dialect, string[]> = {
  duckdb: [],
  postgres: ['CREATE INDEX documents_region_year ON documents (region, year)'],
};

/**
 * Version 7's: the side-by-side comparison reads one `summary_answers` row per department by
 * document (PostgreSQL's index; DuckDB's zone maps, the rows being written in id order). A page of
 * the code comparison orders and counts a code's documents by their totals and units, read from
 * the index (an index-only scan) instead of from rows spread one to a block over `code_spending`;
 * the index it replaces had the same keys. The prior-year rule over the whole store finds the
 * restated figures (3,330 of 2.78 M rows at 10,000 documents) by a partial index instead of a scan
 * of `year_figures` (0.70 s of its 0.90 s of execution, load 17; with the index 0.16–0.19 s).
 */
const INDEXES_7: Record<Dialect, string[]> = {
  duckdb: [],
  postgres: [
    'CREATE INDEX summary_answers_document ON summary_answers (document_id)',
    'CREATE INDEX code_spending_order ON code_spending (code, document_id) INCLUDE (total, unit)',
    'DROP INDEX IF EXISTS code_spending_code',
    'CREATE INDEX year_figures_restated ON year_figures (document_id) WHERE restated',
  ],
};

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, tables, rows, cells, narrative, claims, findings, failures, runs, jobs',
    statements: (dialect) => [
      ...SEQUENCES.map((name) => `CREATE SEQUENCE ${name} START 1`),
      ...createdAt(1).map(createTableSql),
      ...INDEXES[dialect],
    ],
  },
  {
    version: 2,
    name: 'newest version flag; parts of a disclosure waiting in the queue; attempts of each job',
    statements: (dialect) => [
      ...addedAt(2),
      ...createdAt(2).map(createTableSql),
      // The documents stored before: the newest of each department-year-phase, as the queries found it.
      `UPDATE documents SET newest = (department IS NULL OR year IS NULL OR id IN (SELECT id FROM (SELECT id,
         ROW_NUMBER() OVER (PARTITION BY department, year, phase ORDER BY version DESC, id DESC) AS n FROM documents) w WHERE n = 1))`,
      ...INDEXES_2[dialect],
    ],
  },
  {
    version: 3,
    name: 'figures the prior-year rule compares and the side-by-side summary of each document, written at ingest',
    statements: (dialect) => [...createdAt(3).map(createTableSql), ...INDEXES_3[dialect]],
    backfill: (session) => backfillDerived(session, ['year_figures', 'summary_figures']),
  },
  {
    version: 4,
    name: 'the lines of each document (coded, or with a 合计/基本/项目 amount) with those amounts, written at ingest',
    statements: (dialect) => [...createdAt(4).map(createTableSql), ...INDEXES_4[dialect]],
    backfill: (session) => backfillDerived(session, ['doc_lines']),
  },
  {
    version: 5,
    name: 'the line of each code of its spending tables that the code comparison shows, written at ingest',
    statements: (dialect) => [...createdAt(5).map(createTableSql), ...INDEXES_5[dialect]],
    backfill: (session) => backfillDerived(session, ['code_spending']),
  },
  {
    version: 6,
    name: 'the documents of a region and year found by an index (PostgreSQL)',
    statements: (dialect) => INDEXES_6[dialect],
  },
  {
    version: 7,
    name: "each document's side-by-side figures as the comparison answers them (万元 text), written at ingest; a code's totals and the restated figures in indexes",
    statements: (dialect) => [...createdAt(7).map(createTableSql), ...INDEXES_7[dialect]],
    backfill: backfillSummaryAnswers,
  },
];

/** The schema version this build writes and reads. */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

export const MIGRATIONS_TABLE =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)';
