/**
 * The SQL the comparisons share, written once in the dialect DuckDB and PostgreSQL both speak, and
 * the rows it answers turned into plain records. Only the newest version of a department-year-phase
 * is compared (a corrected file replaces the one it corrects).
 */
import { lineKey } from '../model/earlier-figures.js';
import type { Phase, TableKind } from '../model/types.js';
import { DOCUMENT_COLUMNS, storedDocument } from '../store/sql-store.js';
import type { QueryRow, Store, StoredDocument } from '../store/store.js';

export type Param = string | number | boolean | null;

/** `$from, $from+1, …` for a list of parameters. */
export function placeholders(count: number, from: number): string {
  return Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');
}

/**
 * The rows of some documents, by `column` (a document id), as the parameters from `$from` on: the
 * range the list spans, and the list. DuckDB reads an IN list only as a hint for skipping row groups and reads every
 * column of every row of the row groups it keeps before it filters (5 documents of a department,
 * 112,567 lines read at 2,000 documents); the range is a filter of its own, applied as it scans,
 * so the other columns are read only for the rows within it (19,594). PostgreSQL answers both from
 * the same index.
 */
export function documentsIn(column: string, ids: readonly number[], from = 1): { sql: string; params: Param[] } {
  return {
    sql: `${column} BETWEEN $${from} AND $${from + 1} AND ${column} IN (${placeholders(ids.length, from + 2)})`,
    params: [Math.min(...ids), Math.max(...ids), ...ids],
  };
}

/**
 * A document whose version is the newest of its department, year and phase: a flag the store keeps
 * as it stores a later version (put.ts), read instead of numbering every document's versions in a
 * window over the whole store for each query.
 */
export const NEWEST_VERSION = 'd.newest';

/** A document as the store lists it: the comparisons name their documents with the store's own fields. */
export type DocumentRef = StoredDocument;

export const DOCUMENT_FIELDS = DOCUMENT_COLUMNS;
export const documentRef = storedDocument;

export interface DocumentQuery {
  department?: string;
  region?: string;
  year?: number;
  phase?: Phase;
}

/** The conditions (on documents `d`) for the newest documents that match; their values added to `params`. */
export function newestWhere(filter: DocumentQuery, params: Param[]): string {
  const where = [NEWEST_VERSION];
  const add = (clause: string, value: Param) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (filter.department !== undefined) add('d.department = ?', filter.department);
  if (filter.region !== undefined) add('d.region = ?', filter.region);
  if (filter.year !== undefined) add('d.year = ?', filter.year);
  if (filter.phase !== undefined) add('d.phase = ?', filter.phase);
  return where.join(' AND ');
}

/** The newest documents that match, by department and year. */
export async function newestDocuments(store: Store, filter: DocumentQuery): Promise<DocumentRef[]> {
  const params: Param[] = [];
  const rows = await store.query(
    `SELECT ${DOCUMENT_FIELDS} FROM documents d WHERE ${newestWhere(filter, params)} ORDER BY d.department, d.year, d.id`,
    params,
  );
  return rows.map(documentRef);
}

/** One amount of one line of a document (`doc_lines`), as stored. */
export interface StoredCell {
  documentId: number;
  tableNo: number;
  kind: TableKind;
  unit: string;
  rowNo: number;
  code: string | null;
  name: string;
  level: number | null;
  isTotal: boolean;
  side: string | null;
  amount: unknown;
  scale: unknown;
}

/**
 * The 合计 of every line of the documents' tables of these kinds, from `doc_lines` (written at
 * ingest): one narrow table read by document, instead of joining the tables, rows and cells.
 */
export async function totalsOf(store: Store, documentIds: number[], kinds: readonly TableKind[]): Promise<StoredCell[]> {
  if (documentIds.length === 0 || kinds.length === 0) return [];
  const documents = documentsIn('document_id', documentIds);
  const params: Param[] = [...documents.params, ...kinds];
  const rows = await store.query(
    `SELECT document_id, table_no, kind, unit, row_no, code, name, level, is_total, side, total, total_scale
       FROM doc_lines
      WHERE ${documents.sql} AND kind IN (${placeholders(kinds.length, documents.params.length + 1)})
        AND total IS NOT NULL
      ORDER BY document_id, table_no, row_no`,
    params,
  );
  return rows.map(storedCell);
}

function storedCell(row: QueryRow): StoredCell {
  return {
    documentId: Number(row.document_id),
    tableNo: Number(row.table_no),
    kind: String(row.kind) as TableKind,
    unit: String(row.unit),
    rowNo: Number(row.row_no),
    code: row.code === null ? null : String(row.code),
    name: String(row.name),
    level: row.level === null || row.level === undefined ? null : Number(row.level),
    isTotal: row.is_total === true,
    side: row.side === null ? null : String(row.side),
    amount: row.total,
    scale: row.total_scale === null || row.total_scale === undefined ? null : Number(row.total_scale),
  };
}

/** Only the first table of each kind in a document: a kind's later tables are per-unit repeats. */
export function firstTableOfKind(cells: StoredCell[]): StoredCell[] {
  const first = new Map<string, number>();
  for (const c of cells) {
    const key = `${c.documentId} ${c.kind}`;
    const seen = first.get(key);
    if (seen === undefined || c.tableNo < seen) first.set(key, c.tableNo);
  }
  return cells.filter((c) => first.get(`${c.documentId} ${c.kind}`) === c.tableNo);
}

/**
 * Each cell's line (model/earlier-figures.ts `lineKey`: the kind and side, then the classification
 * code, else the name; totals match totals); a line repeated within one table (the same name
 * twice) gets its occurrence number.
 */
export function rowKeys(cells: StoredCell[]): Map<StoredCell, string> {
  const keys = new Map<StoredCell, string>();
  const byRow = new Map<string, string>();
  const occurrences = new Map<string, number>();
  for (const c of cells) {
    const rowId = `${c.documentId} ${c.tableNo} ${c.rowNo}`;
    let key = byRow.get(rowId);
    if (key === undefined) {
      const base = lineKey(c.kind, c);
      const tableBase = `${c.documentId} ${c.tableNo} ${base}`;
      const n = (occurrences.get(tableBase) ?? 0) + 1;
      occurrences.set(tableBase, n);
      key = n === 1 ? base : `${base}|${n}`;
      byRow.set(rowId, key);
    }
    keys.set(c, key);
  }
  return keys;
}
