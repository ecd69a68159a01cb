/**
 * One classification code across the store: who spends on 2010101 行政运行 (or 30101 基本工资), how
 * much, split into 基本/项目 where the table prints it; the newest document of each department-year.
 */
import { atScale } from '../model/amount.js';
import { money, storedAmount } from '../model/answer-money.js';
import type { Phase, TableKind } from '../model/types.js';
import type { LINE_AMOUNT_KEYS } from '../store/doc-lines.js';
import type { QueryRow, Store } from '../store/store.js';
import { DECIMALS } from '../store/values.js';
import { DOCUMENT_FIELDS, type DocumentRef, documentRef, NEWEST_VERSION, type Param } from './fetch.js';

export interface CodeSpending {
  document: DocumentRef;
  kind: TableKind;
  table: string;
  name: string;
  /** 万元. */
  total: string | null;
  basic: string | null;
  project: string | null;
  page: number | null;
  line: number | null;
  cell: string | null;
}

export interface CodeAcross {
  code: string;
  unit: '万元';
  /** Largest total first (documents without one last). */
  spending: CodeSpending[];
}

export interface CodeFilter {
  year?: number;
  region?: string;
  phase?: Phase;
}

/** A page of the answer: `limit` documents after the first `offset`. */
export interface Page {
  offset: number;
  limit: number;
}

/**
 * The total in 元, exact (a DECIMAL times an integer stays a DECIMAL on both engines): documents
 * printed in 元 and in 万元 ordered by what they spend, as the answer shows it in 万元.
 */
const IN_YUAN = "CASE WHEN s.unit = '元' THEN s.total ELSE s.total * 10000 END";
const BLANK_LAST = 'CASE WHEN s.total IS NULL THEN 1 ELSE 0 END';
const FIELDS = `${DOCUMENT_FIELDS}, s.kind, s.table_title, s.unit, s.name, s.page, s.line, s.cell,
            s.total, s.total_scale, s.basic, s.basic_scale, s.project, s.project_scale`;

/** The documents' conditions and their values (`$1` the code, `$2` the phase). */
function spendingWhere(code: string, filter: CodeFilter): { where: string; params: Param[] } {
  const params: Param[] = [code, filter.phase ?? 'budget'];
  let where = `s.code = $1 AND d.phase = $2 AND ${NEWEST_VERSION}`;
  if (filter.year !== undefined) {
    params.push(filter.year);
    where += ` AND d.year = $${params.length}`;
  }
  if (filter.region !== undefined) {
    params.push(filter.region);
    where += ` AND d.region = $${params.length}`;
  }
  return { where, params };
}

/**
 * Per document, its line of the code (`code_spending`, chosen when it was stored: the most
 * preferred table that prints the code, its first line with it), largest total first, ties by
 * document; the line carries its table's title and the 合计/基本/项目 amounts, so no cell is read.
 *
 * A page is ordered, counted and cut on the few columns the order needs (PostgreSQL reads them from
 * its index `code_spending_order`, not from the rows, which lie one to a block across the table),
 * and only its documents' lines and fields are read: at 10,000 documents the whole answer's 7,776
 * wide rows were sorted and counted for a page of 100 (0.30–0.46 s of execution against 0.15 s).
 * The whole answer (the downloads) is read unordered and ordered here: the engine's sort of those
 * wide rows, and the window that counted them, were half its execution.
 */
function spendingQuery(code: string, filter: CodeFilter, page: Page): { sql: string; params: Param[] } {
  const { where, params } = spendingWhere(code, filter);
  const limit = `LIMIT ${Math.max(0, Math.floor(page.limit))} OFFSET ${Math.max(0, Math.floor(page.offset))}`;
  const sql = `SELECT ${FIELDS}, p.documents
       FROM (SELECT s.document_id, COUNT(*) OVER () AS documents, ${BLANK_LAST} AS blank, ${IN_YUAN} AS yuan
               FROM code_spending s
               JOIN documents d ON d.id = s.document_id
              WHERE ${where}
              ORDER BY blank, yuan DESC, s.document_id ${limit}) p
       JOIN code_spending s ON s.document_id = p.document_id AND s.code = $1
       JOIN documents d ON d.id = p.document_id
      ORDER BY p.blank, p.yuan DESC, d.id`;
  return { sql, params };
}

/**
 * The total in 元 at six decimals (as IN_YUAN computes it), null for a line without one: the
 * whole answer is ordered here, as a page is in SQL.
 */
function totalInYuan(r: QueryRow): bigint | null {
  const total = storedAmount(r.total, null, '万元');
  return total === null ? null : atScale(total, DECIMALS) * (r.unit === '元' ? 1n : 10000n);
}

/** Largest total first, lines without one last, ties by document: the order of a page. */
function byTotal(a: { total: bigint | null; id: number }, b: { total: bigint | null; id: number }): number {
  if (a.total === null || b.total === null) return a.total === b.total ? a.id - b.id : a.total === null ? 1 : -1;
  return a.total === b.total ? a.id - b.id : a.total > b.total ? -1 : 1;
}

function spendingOf(r: QueryRow): CodeSpending {
  const amount = (key: (typeof LINE_AMOUNT_KEYS)[number]) => money(storedAmount(r[key], r[`${key}_scale`], r.unit));
  return {
    document: documentRef(r),
    kind: String(r.kind) as TableKind,
    table: String(r.table_title),
    name: String(r.name),
    total: amount('total'),
    basic: amount('basic'),
    project: amount('project'),
    page: r.page === null ? null : Number(r.page),
    line: r.line === null ? null : Number(r.line),
    cell: r.cell === null ? null : String(r.cell),
  };
}

export async function codeAcross(store: Store, code: string, filter: CodeFilter = {}): Promise<CodeAcross> {
  const { where, params } = spendingWhere(code, filter);
  const rows = await store.query(
    `SELECT ${FIELDS} FROM code_spending s JOIN documents d ON d.id = s.document_id WHERE ${where}`,
    params,
  );
  const ordered = rows.map((r) => ({ r, total: totalInYuan(r), id: Number(r.id) })).sort(byTotal);
  return { code, unit: '万元', spending: ordered.map(({ r }) => spendingOf(r)) };
}

/** One page of the answer, and how many documents are on all the pages. */
export async function codeAcrossPage(
  store: Store,
  code: string,
  filter: CodeFilter,
  page: Page,
): Promise<{ result: CodeAcross; documents: number }> {
  const { sql, params } = spendingQuery(code, filter, page);
  const rows = await store.query(sql, params);
  let documents = Number(rows[0]?.documents ?? 0);
  // A page past the last: the count asked of the first.
  if (rows.length === 0 && page.offset > 0) {
    const first = spendingQuery(code, filter, { offset: 0, limit: 1 });
    documents = Number((await store.query(first.sql, first.params))[0]?.documents ?? 0);
  }
  return { result: { code, unit: '万元', spending: rows.map(spendingOf) }, documents };
}
