/**
 * The corpus browser's questions: the stored documents page by page, filtered by region, year,
 * phase, a part of the department's name and a classification code (a prefix: 201 finds 2010101);
 * how far each was read (its tables, those of unknown kind); and the values the filters offer.
 * Written once in the SQL both engines speak.
 */
import type { Phase } from '../model/types.js';
import type { Store, StoredDocument } from '../store/store.js';
import { DOCUMENT_FIELDS, documentRef, documentsIn, type Param } from './fetch.js';

export interface BrowseFilter {
  region?: string;
  year?: number;
  phase?: Phase;
  /** A part of the department's name (or of the title, for documents without one), any case. */
  department?: string;
  /** A classification code or its beginning: documents with a row of that code. */
  code?: string;
}

/** How far a stored document was read: every table recognised, some of unknown kind, or none at all. */
export type ReadStatus = 'read' | 'unknown_tables' | 'no_tables';

export interface BrowsedDocument extends StoredDocument {
  tables: number;
  unknownTables: number;
  status: ReadStatus;
}

export interface BrowsePage {
  total: number;
  page: number;
  pageSize: number;
  documents: BrowsedDocument[];
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(filter: BrowseFilter): { where: string; params: Param[] } {
  const clauses: string[] = [];
  const params: Param[] = [];
  const add = (clause: string, ...values: Param[]) => {
    let at = params.length;
    params.push(...values);
    clauses.push(clause.replace(/\?/g, () => `$${++at}`));
  };
  if (filter.region !== undefined) add('d.region = ?', filter.region);
  if (filter.year !== undefined) add('d.year = ?', filter.year);
  if (filter.phase !== undefined) add('d.phase = ?', filter.phase);
  if (filter.department !== undefined) {
    const pattern = `%${literal(filter.department.toLowerCase())}%`;
    add("(LOWER(COALESCE(d.department, d.title)) LIKE ? ESCAPE '\\')", pattern);
  }
  // One pass over the document lines (written at ingest) for all documents, not a lookup per document.
  if (filter.code !== undefined)
    add("d.id IN (SELECT DISTINCT document_id FROM doc_lines WHERE code LIKE ? ESCAPE '\\')", `${literal(filter.code)}%`);
  return { where: clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * The documents that match, by region, department, year (newest first), phase and version: those of
 * the page and how many match. With a code filter both come from one query (a
 * window over the matches), so that the lines are scanned once, not once more to count; a page past
 * the last asks the count apart. Without one, the page alone (DuckDB's top-N) and a count apart are
 * cheaper than a window over every document (at 4,000 documents the first page took p50 209 ms with
 * the window against 16–198 ms without, load 13–26).
 */
export async function browseDocuments(store: Store, filter: BrowseFilter, page: number, pageSize: number): Promise<BrowsePage> {
  const { where, params } = whereOf(filter);
  const offset = (page - 1) * pageSize;
  const together = filter.code !== undefined;
  const rows = await store.query(
    `SELECT ${DOCUMENT_FIELDS}${together ? ', COUNT(*) OVER () AS matching' : ''} FROM documents d${where}
      ORDER BY d.region NULLS LAST, d.department NULLS LAST, d.year DESC NULLS LAST, d.phase, d.version DESC, d.id
      LIMIT ${Number(pageSize)} OFFSET ${Number(offset)}`,
    params,
  );
  const [count] =
    together && rows.length > 0
      ? [{ n: rows[0]?.matching ?? 0 }]
      : await store.query(`SELECT COUNT(*) AS n FROM documents d${where}`, params);
  const documents = rows.map(documentRef);
  const tables = await tableCounts(
    store,
    documents.map((d) => d.id),
  );
  return {
    total: Number(count?.n ?? 0),
    page,
    pageSize,
    documents: documents.map((d) => {
      const t = tables.get(d.id) ?? { tables: 0, unknownTables: 0 };
      const status: ReadStatus = t.tables === 0 ? 'no_tables' : t.unknownTables > 0 ? 'unknown_tables' : 'read';
      return { ...d, ...t, status };
    }),
  };
}

async function tableCounts(store: Store, ids: number[]): Promise<Map<number, { tables: number; unknownTables: number }>> {
  if (ids.length === 0) return new Map();
  const documents = documentsIn('document_id', ids);
  const rows = await store.query(
    `SELECT document_id, COUNT(*) AS tables, SUM(CASE WHEN kind = 'unknown' THEN 1 ELSE 0 END) AS unknown_tables
       FROM doc_tables WHERE ${documents.sql} GROUP BY document_id`,
    documents.params,
  );
  return new Map(
    rows.map((r) => [Number(r.document_id), { tables: Number(r.tables), unknownTables: Number(r.unknown_tables ?? 0) }]),
  );
}

export interface Facets {
  regions: Array<{ region: string | null; documents: number }>;
  years: number[];
  phases: Phase[];
}

/**
 * What the filters can choose from: each region with its count of documents, the years, the phases;
 * one pass over the documents (their combinations, a few hundred rows), not one per filter.
 */
export async function facets(store: Store): Promise<Facets> {
  // Regions in the database's order (its collation), as each first comes.
  const rows = await store.query(
    'SELECT region, year, phase, COUNT(*) AS n FROM documents GROUP BY region, year, phase ORDER BY region NULLS LAST',
  );
  const regions = new Map<string | null, number>();
  const years = new Set<number>();
  const phases = new Set<string>();
  for (const r of rows) {
    const region = r.region === null ? null : String(r.region);
    regions.set(region, (regions.get(region) ?? 0) + Number(r.n));
    if (r.year !== null) years.add(Number(r.year));
    phases.add(String(r.phase));
  }
  return {
    regions: [...regions].map(([region, documents]) => ({ region, documents })),
    years: [...years].sort((a, b) => b - a),
    phases: ([...phases] as Phase[]).sort(),
  };
}
