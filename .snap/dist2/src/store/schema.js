/**
 * The store's tables, one definition for both engines: the writers append in this column order,
 * the first migration creates them from it. Child tables are keyed by (document_id, table_no,
 * row_no …) instead of ids of their own, so a document is written in one pass with no id to read
 * back; they carry no primary key, which DuckDB would keep as an in-memory index over millions of
 * cells (the writer guarantees uniqueness: a document is written whole, once).
 */
/** Where a datum came from (model Origin): the same columns on every table that keeps one. */
const ORIGIN = [
    ['file', 'text'],
    ['page', 'int'],
    ['sheet', 'text'],
    ['cell', 'text'],
    ['line', 'int'],
    ['box', 'json'],
];
export const TABLES = [
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
export function tableDef(name) {
    const def = TABLES.find((t) => t.name === name);
    if (!def)
        throw new Error(`no table ${name}`);
    return def;
}
const SQL_TYPES = {
    bigint: 'BIGINT',
    int: 'INTEGER',
    text: 'TEXT',
    bool: 'BOOLEAN',
    decimal: 'DECIMAL(20,6)',
    timestamp: 'TIMESTAMP',
    json: 'TEXT',
};
const columnSql = ([name, type, constraint]) => [`"${name}"`, SQL_TYPES[type], constraint].filter(Boolean).join(' ');
/** The version of the migration that added a column of the table. */
const columnSince = (def, column) => def.added?.[column] ?? def.since ?? 1;
/** The tables a migration creates: as they were at that version. */
export function createdAt(version) {
    return TABLES.filter((t) => (t.since ?? 1) === version).map((t) => ({
        ...t,
        columns: t.columns.filter(([name]) => columnSince(t, name) <= version),
    }));
}
/** ALTER TABLE … ADD COLUMN for the columns a migration added to tables made before it. */
export function addedAt(version) {
    return TABLES.filter((t) => (t.since ?? 1) < version).flatMap((t) => t.columns.filter(([name]) => columnSince(t, name) === version).map((c) => `ALTER TABLE ${t.name} ADD COLUMN ${columnSql(c)}`));
}
/** CREATE TABLE for one definition: the same SQL for DuckDB and PostgreSQL. */
export function createTableSql(def) {
    return `CREATE TABLE ${def.name} (${[...def.columns.map(columnSql), ...(def.keys ?? [])].join(', ')})`;
}
//# sourceMappingURL=schema.js.map