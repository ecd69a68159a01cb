/**
 * One classification code across the store: who spends on 2010101 行政运行 (or 30101 基本工资), how
 * much, split into 基本/项目 where the table prints it; the newest document of each department-year.
 */
import type { Phase, TableKind } from '../model/types.js';
import type { LINE_AMOUNT_KEYS } from '../store/doc-lines.js';
import type { QueryRow, Store } from '../store/store.js';
import { DOCUMENT_FIELDS, type DocumentRef, documentRef, NEWEST_VERSION, type Param } from './fetch.js';
import { money, storedAmount } from './money.js';

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

/**
 * Per document, its line of the code (`code_spending`, chosen when it was stored: the most
 * preferred table that prints the code, its first line with it), largest total first, ties by
 * document; the line carries its table's title and the 合计/基本/项目 amounts, so no cell is read,
 * and a page is cut in SQL.
 */
function spendingQuery(code: string, filter: CodeFilter, page: Page | undefined): { sql: string; params: Param[] } {
  const params: Param[] = [code, filter.phase ?? 'budget'];
  let where = '';
  if (filter.year !== undefined) {
    params.push(filter.year);
    where += ` AND d.year = $${params.length}`;
  }
  if (filter.region !== undefined) {
    params.push(filter.region);
    where += ` AND d.region = $${params.length}`;
  }
  const limit = page ? ` LIMIT ${Math.max(0, Math.floor(page.limit))} OFFSET ${Math.max(0, Math.floor(page.offset))}` : '';
  const sql = `SELECT ${DOCUMENT_FIELDS}, s.kind, s.table_title, s.unit, s.name, s.page, s.line, s.cell,
            s.total, s.total_scale, s.basic, s.basic_scale, s.project, s.project_scale, COUNT(*) OVER () AS documents
       FROM code_spending s
       JOIN documents d ON d.id = s.document_id
      WHERE s.code = $1 AND d.phase = $2 AND ${NEWEST_VERSION}${where}
      ORDER BY CASE WHEN s.total IS NULL THEN 1 ELSE 0 END, ${IN_YUAN} DESC, d.id${limit}`;
  return { sql, params };
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
  const { sql, params } = spendingQuery(code, filter, undefined);
  return { code, unit: '万元', spending: (await store.query(sql, params)).map(spendingOf) };
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
