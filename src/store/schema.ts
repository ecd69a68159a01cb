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

/** Where a datum came from (model Origin): the same columns on every table that keeps one. */
const ORIGIN: TableDef['columns'] = [
  ['file', 'text'],
  ['page', 'int'],
  ['sheet', 'text'],
  ['cell', 'text'],
  ['line', 'int'],
  ['box', 'json'],
];

export const TABLES: TableDef[] = [
  {
    name: 'ingest_runs',
    columns: [
      ['id', 'bigint', 'PRIMARY KEY'],
      ['started_at', 'timestamp', 'NOT NULL'],
      ['finished_at', 'timestamp'],
      ['host', 'text'],
      ['pid', 'int'],
      ['jobs', 'int'],
      ['files', 'int'],
      ['stored', 'int'],
      ['skipped', 'int'],
      ['failed', 'int'],
    ],
  },
  {
    name: 'documents',
    columns: [
      ['id', 'bigint', 'PRIMARY KEY'],
      ['sha256', 'text', 'NOT NULL UNIQUE'],
      ['title', 'text', 'NOT NULL'],
      ['department', 'text'],
      ['region', 'text'],
      ['level', 'text'],
      ['year', 'int'],
      ['phase', 'text', 'NOT NULL'],
      ['scope', 'text', 'NOT NULL'],
      ['unit', 'text', 'NOT NULL'],
      ['units', 'json'],
      ['profile', 'text', 'NOT NULL'],
      ['source_file', 'text', 'NOT NULL'],
      ['format', 'text', 'NOT NULL'],
      // 1 for the first file of a department-year-phase, 2 for a corrected file published after it …
      ['version', 'int', 'NOT NULL'],
      ['run_id', 'bigint'],
      ['ingested_at', 'timestamp', 'NOT NULL'],
      ['errors', 'int', 'NOT NULL'],
      ['warnings', 'int', 'NOT NULL'],
      ['infos', 'int', 'NOT NULL'],
      ['attachments', 'json'],
      // The highest version of its department-year-phase: set when stored, cleared by a later version.
      ['newest', 'bool'],
    ],
    added: { newest: 2 },
  },
  {
    // Every file a document was read from (two for 北京's 情况说明 + 报表): a file's sha256 is stored once.
    name: 'document_files',
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['part_no', 'int', 'NOT NULL'],
      ['sha256', 'text', 'NOT NULL UNIQUE'],
      ['file', 'text', 'NOT NULL'],
      ['format', 'text', 'NOT NULL'],
      ['holds', 'text'],
    ],
  },
  {
    name: 'doc_tables',
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['table_no', 'int', 'NOT NULL'],
      ['kind', 'text', 'NOT NULL'],
      ['title', 'text', 'NOT NULL'],
      ['unit', 'text', 'NOT NULL'],
      ['empty', 'bool', 'NOT NULL'],
      ['empty_statement', 'json'],
      ['notes', 'json'],
      ...ORIGIN,
    ],
  },
  {
    name: 'doc_columns',
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['table_no', 'int', 'NOT NULL'],
      ['column_no', 'int', 'NOT NULL'],
      ['key', 'text', 'NOT NULL'],
      ['label', 'text', 'NOT NULL'],
      ['path', 'json', 'NOT NULL'],
      ['type', 'text', 'NOT NULL'],
      ['side', 'text'],
    ],
  },
  {
    name: 'doc_rows',
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['table_no', 'int', 'NOT NULL'],
      ['row_no', 'int', 'NOT NULL'],
      ['code', 'text'],
      ['code_source', 'text'],
      ['name', 'text', 'NOT NULL'],
      ['label', 'text', 'NOT NULL'],
      ['level', 'int'],
      ['is_total', 'bool', 'NOT NULL'],
      ['side', 'text'],
      ...ORIGIN,
      ['ocr', 'bool'],
    ],
  },
  {
    // One value of a row: an amount (exact, with the decimals printed) or a text column's words.
    // Its origin is its row's (the model keeps origins per row) and its column key.
    name: 'cells',
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['table_no', 'int', 'NOT NULL'],
      ['row_no', 'int', 'NOT NULL'],
      ['column_key', 'text', 'NOT NULL'],
      ['amount', 'decimal'],
      ['scale', 'int'],
      ['raw', 'text'],
      ['text', 'text'],
    ],
  },
  {
    // The figures the prior-year rule compares (year-figures.ts): a document's restatement of an
    // earlier budget (上年预算数, a final account's 年初预算数) and a budget's own figures, by the year
    // they are of, the line and the column key of the budget; the cell they are is (table_no, row_no).
    name: 'year_figures',
    since: 3,
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['restated', 'bool', 'NOT NULL'],
      ['year', 'int', 'NOT NULL'],
      ['line', 'text', 'NOT NULL'],
      ['figure_key', 'text', 'NOT NULL'],
      // The column as the document prints it (2025年预算数), for a restated figure.
      ['label', 'text'],
      ['table_no', 'int', 'NOT NULL'],
      ['row_no', 'int', 'NOT NULL'],
      ['amount', 'decimal', 'NOT NULL'],
      ['scale', 'int', 'NOT NULL'],
      ['unit', 'text', 'NOT NULL'],
    ],
  },
  {
    // A document's figures for the side-by-side comparison (summary.ts), in the order it chose them:
    // total, basic, project, three_public, agency_operating, then its function 类 and economic 款 lines.
    name: 'summary_figures',
    since: 3,
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['line_no', 'int', 'NOT NULL'],
      ['figure', 'text', 'NOT NULL'],
      ['code', 'text'],
      ['name', 'text', 'NOT NULL'],
      ['amount', 'decimal', 'NOT NULL'],
      ['scale', 'int', 'NOT NULL'],
      ['unit', 'text', 'NOT NULL'],
    ],
  },
  {
    // A document's side-by-side figures as the comparison answers them (summary.ts
    // `summaryAnswer`, from its summary_figures rows): the 万元 text of each figure and the names of
    // its 类 and 款, one JSON text per document, so that a region is answered from one row per
    // department with no amount read or formatted per request.
    name: 'summary_answers',
    since: 7,
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['answer', 'json', 'NOT NULL'],
    ],
  },
  {
    // A document's lines (doc-lines.ts): every row with a classification code or a 合计/基本支出/项目支出
    // amount, with its table's kind and unit and those amounts, what code search, the code comparison
    // and one department across years read instead of doc_tables, doc_rows and cells. The row it is,
    // is (table_no, row_no); its origin is the row's.
    name: 'doc_lines',
    since: 4,
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['table_no', 'int', 'NOT NULL'],
      ['row_no', 'int', 'NOT NULL'],
      ['kind', 'text', 'NOT NULL'],
      ['unit', 'text', 'NOT NULL'],
      ['code', 'text'],
      ['name', 'text', 'NOT NULL'],
      ['level', 'int'],
      ['is_total', 'bool', 'NOT NULL'],
      ['side', 'text'],
      ['total', 'decimal'],
      ['total_scale', 'int'],
      ['basic', 'decimal'],
      ['basic_scale', 'int'],
      ['project', 'decimal'],
      ['project_scale', 'int'],
      ...ORIGIN,
    ],
  },
  {
    // A document's line for each code of its spending tables (code-spending.ts): the one the code
    // comparison shows, from the most preferred table, with that table's title and unit; the row
    // it is, is (table_no, row_no).
    name: 'code_spending',
    since: 5,
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['code', 'text', 'NOT NULL'],
      ['kind', 'text', 'NOT NULL'],
      ['table_no', 'int', 'NOT NULL'],
      ['row_no', 'int', 'NOT NULL'],
      ['table_title', 'text', 'NOT NULL'],
      ['unit', 'text', 'NOT NULL'],
      ['name', 'text', 'NOT NULL'],
      ['total', 'decimal'],
      ['total_scale', 'int'],
      ['basic', 'decimal'],
      ['basic_scale', 'int'],
      ['project', 'decimal'],
      ['project_scale', 'int'],
      ['page', 'int'],
      ['line', 'int'],
      ['cell', 'text'],
    ],
  },
  {
    name: 'sections',
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['section_no', 'int', 'NOT NULL'],
      ['part', 'text', 'NOT NULL'],
      ['number', 'text', 'NOT NULL'],
      ['heading', 'text', 'NOT NULL'],
      ['text', 'text', 'NOT NULL'],
      ['parent', 'text'],
      ...ORIGIN,
    ],
  },
  {
    // What the 情况说明 states (src/narrative/claims.ts): amounts, shares and changes, in 万元.
    name: 'claims',
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['claim_no', 'int', 'NOT NULL'],
      ['section_no', 'int'],
      ['kind', 'text', 'NOT NULL'],
      ['label', 'text', 'NOT NULL'],
      ['amount', 'decimal'],
      ['scale', 'int'],
      ['share', 'text'],
      ['direction', 'int'],
      ['prior_amount', 'decimal'],
      ['prior_scale', 'int'],
      ['percent', 'text'],
      ['sentence', 'text', 'NOT NULL'],
    ],
  },
  {
    name: 'findings',
    columns: [
      ['document_id', 'bigint', 'NOT NULL'],
      ['finding_no', 'int', 'NOT NULL'],
      ['rule', 'text', 'NOT NULL'],
      ['severity', 'text', 'NOT NULL'],
      ['message', 'text', 'NOT NULL'],
      ['table_kind', 'text'],
      ['row_name', 'text'],
      ['column_key', 'text'],
      ['expected', 'text'],
      ['actual', 'text'],
      ['difference', 'text'],
      ...ORIGIN,
      ['cell_origin', 'json'],
    ],
  },
  {
    // A file that could not be stored, and why: nothing is skipped silently.
    name: 'failures',
    columns: [
      ['id', 'bigint', 'PRIMARY KEY'],
      ['run_id', 'bigint'],
      ['file', 'text', 'NOT NULL'],
      ['sha256', 'text'],
      ['reason_zh', 'text', 'NOT NULL'],
      ['reason_en', 'text', 'NOT NULL'],
      ['failed_at', 'timestamp', 'NOT NULL'],
    ],
  },
  {
    // Work handed out to several ingest processes (SELECT … FOR UPDATE SKIP LOCKED, PostgreSQL).
    // A job is a file's content: the same bytes under two names are one job, a corrected file a new one.
    name: 'ingest_jobs',
    columns: [
      ['sha256', 'text', 'PRIMARY KEY'],
      ['file', 'text', 'NOT NULL'],
      ['state', 'text', 'NOT NULL'],
      ['attempts', 'int', 'NOT NULL'],
      ['worker', 'text'],
      ['updated_at', 'timestamp', 'NOT NULL'],
      // A file read as one part of a disclosure in several files (北京's 情况说明 or 报表), waiting in
      // state 'part' for the other: its department|year|phase and what it holds (narrative/tables).
      ['group_key', 'text'],
      ['holds', 'text'],
    ],
    added: { group_key: 2, holds: 2 },
  },
  {
    // Every time a process took a job, committed apart before it reads: the claims of processes that
    // died reading it are the ones never finished, and after a few of them the job is given up.
    name: 'ingest_attempts',
    since: 2,
    columns: [
      ['sha256', 'text', 'NOT NULL'],
      ['worker', 'text', 'NOT NULL'],
      ['started_at', 'timestamp', 'NOT NULL'],
      ['finished_at', 'timestamp'],
    ],
  },
];

export function tableDef(name: string): TableDef {
  const def = TABLES.find((t) => t.name === name);
  if (!def) throw new Error(`no table ${name}`);
  return def;
}

const SQL_TYPES: Record<ColumnType, string> = {
  bigint: 'BIGINT',
  int: 'INTEGER',
  text: 'TEXT',
  bool: 'BOOLEAN',
  decimal: 'DECIMAL(20,6)',
  timestamp: 'TIMESTAMP',
  json: 'TEXT',
};

const columnSql = ([name, type, constraint]: TableDef['columns'][number]) =>
  [`"${name}"`, SQL_TYPES[type], constraint].filter(Boolean).join(' ');

/** The version of the migration that added a column of the table. */
const columnSince = (def: TableDef, column: string) => def.added?.[column] ?? def.since ?? 1;

/** The tables a migration creates: as they were at that version. */
export function createdAt(version: number): TableDef[] {
  return TABLES.filter((t) => (t.since ?? 1) === version).map((t) => ({
    ...t,
    columns: t.columns.filter(([name]) => columnSince(t, name) <= version),
  }));
}

/** ALTER TABLE … ADD COLUMN for the columns a migration added to tables made before it. */
export function addedAt(version: number): string[] {
  return TABLES.filter((t) => (t.since ?? 1) < version).flatMap((t) =>
    t.columns.filter(([name]) => columnSince(t, name) === version).map((c) => `ALTER TABLE ${t.name} ADD COLUMN ${columnSql(c)}`),
  );
}

/** CREATE TABLE for one definition: the same SQL for DuckDB and PostgreSQL. */
export function createTableSql(def: TableDef): string {
  return `CREATE TABLE ${def.name} (${[...def.columns.map(columnSql), ...(def.keys ?? [])].join(', ')})`;
}
