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

/** One amount of one row, as stored. */
export interface StoredCell {
  documentId: number;
  tableNo: number;
  kind: TableKind;
  tableTitle: string;
  unit: string;
  rowNo: number;
  code: string | null;
  name: string;
  level: number | null;
  isTotal: boolean;
  side: string | null;
  columnKey: string;
  amount: unknown;
  scale: unknown;
  page: number | null;
  line: number | null;
  cell: string | null;
}

/**
 * The amounts under the given column keys of every row of the documents' tables of these kinds
 * (every kind when `kinds` is null). The documents are named on each of the three tables joined,
 * so that PostgreSQL finds the cells by their index instead of reading them all, and DuckDB
 * filters them as it scans.
 */
export async function cellsOf(
  store: Store,
  documentIds: number[],
  kinds: readonly TableKind[] | null,
  columnKeys: readonly string[],
  /** Only total rows and rows of these levels (a comparison of 类 and 款 needs no 项). */
  levels?: readonly number[],
): Promise<StoredCell[]> {
  if (documentIds.length === 0 || kinds?.length === 0 || columnKeys.length === 0) return [];
  const params: Param[] = [...documentIds, ...columnKeys, ...(kinds ?? [])];
  const ids = placeholders(documentIds.length, 1);
  const keyList = placeholders(columnKeys.length, documentIds.length + 1);
  const kindFilter = kinds ? ` AND t.kind IN (${placeholders(kinds.length, documentIds.length + columnKeys.length + 1)})` : '';
  const rows = await store.query(
    `SELECT t.document_id, t.table_no, t.kind, t.title AS table_title, t.unit, r.row_no, r.code, r.name, r.level,
            r.is_total, r.side, c.column_key, c.amount, c.scale, r.page, r.line, r.cell
       FROM doc_tables t
       JOIN doc_rows r ON r.document_id = t.document_id AND r.table_no = t.table_no
       JOIN cells c ON c.document_id = r.document_id AND c.table_no = r.table_no AND c.row_no = r.row_no
      WHERE t.document_id IN (${ids}) AND r.document_id IN (${ids}) AND c.document_id IN (${ids})${kindFilter}
        AND c.column_key IN (${keyList}) AND c.amount IS NOT NULL${levels ? ` AND (r.is_total OR r.level IN (${levels.map(Number).join(', ')}))` : ''}
      ORDER BY t.document_id, t.table_no, r.row_no`,
    params,
  );
  return rows.map(storedCell);
}

function storedCell(row: QueryRow): StoredCell {
  const numberOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    documentId: Number(row.document_id),
    tableNo: Number(row.table_no),
    kind: String(row.kind) as TableKind,
    tableTitle: String(row.table_title),
    unit: String(row.unit),
    rowNo: Number(row.row_no),
    code: row.code === null ? null : String(row.code),
    name: String(row.name),
    level: numberOrNull(row.level),
    isTotal: row.is_total === true,
    side: row.side === null ? null : String(row.side),
    columnKey: String(row.column_key),
    amount: row.amount,
    scale: numberOrNull(row.scale),
    page: numberOrNull(row.page),
    line: numberOrNull(row.line),
    cell: row.cell === null || row.cell === undefined ? null : String(row.cell),
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
