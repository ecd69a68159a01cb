/**
 * A rule across documents: a document's figures of an earlier budget — the 上年预算数 a budget
 * prints beside this year's (2025年预算数 | 2026年预算数), and the 年初预算数 of a final account —
 * must be what that budget's own document printed. Executed figures (上年执行数) are not budgets
 * and are not compared.
 */

import { agreeAtPrintedPrecision, change, money, storedAmount } from '../model/answer-money.js';
import type { TableKind } from '../model/types.js';
import type { QueryRow, Store } from '../store/store.js';
import {
  DOCUMENT_FIELDS,
  type DocumentQuery,
  type DocumentRef,
  documentRef,
  documentsIn,
  newestWhere,
  type Param,
} from './fetch.js';

export const PRIOR_YEAR_RULE = 'prior-year';

export interface CellPlace {
  file: string;
  table: string;
  page: number | null;
  line: number | null;
  cell: string | null;
}

export interface PriorYearFinding {
  rule: typeof PRIOR_YEAR_RULE;
  severity: 'error';
  document: DocumentRef;
  /** The document of the budget the figure restates. */
  earlier: DocumentRef;
  kind: TableKind;
  code: string | null;
  name: string;
  /** The column as the document prints it (2025年预算数, 年初预算数). */
  column: string;
  /** 万元: what the document prints, what the earlier document printed, and the difference. */
  actual: string;
  expected: string;
  difference: string;
  source: CellPlace;
  earlierSource: CellPlace;
  message: { zh: string; en: string };
}

/**
 * The rule is one join over `year_figures` (written when each document is stored): each figure a
 * newest document restates, against the same line and column of the newest budget its department
 * printed for that year. Figures printed identically (the same decimal in the same unit) are left
 * out in SQL; the rest are compared at the precision the less precise document printed.
 */
export async function priorYearFindings(store: Store, filter: DocumentQuery = {}): Promise<PriorYearFinding[]> {
  const params: Param[] = [];
  const where = newestWhere(filter, params) + (await departmentFigures(store, filter.department, params));
  const differing = await store.query(
    `SELECT ${DOCUMENT_FIELDS}, ${EARLIER_FIELDS}, f.table_no, f.row_no, f.label, f.amount, f.scale, f.unit,
            o.table_no AS earlier_table_no, o.row_no AS earlier_row_no,
            o.amount AS earlier_amount, o.scale AS earlier_scale, o.unit AS earlier_unit
       FROM documents d
       JOIN year_figures f ON f.document_id = d.id AND f.restated
       JOIN documents e ON e.department = d.department AND e.year = f.year AND e.phase = 'budget' AND e.newest
       JOIN year_figures o ON o.document_id = e.id AND NOT o.restated AND o.line = f.line AND o.figure_key = f.figure_key
      WHERE ${where} AND NOT (f.amount = o.amount AND f.unit = o.unit)
      ORDER BY d.id, f.table_no, f.row_no, f.figure_key`,
    params,
  );
  const findings: PriorYearFinding[] = [];
  const kept: QueryRow[] = [];
  for (const r of differing) {
    const actual = storedAmount(r.amount, r.scale, r.unit);
    const expected = storedAmount(r.earlier_amount, r.earlier_scale, r.earlier_unit);
    if (!actual || !expected || agreeAtPrintedPrecision(actual, expected)) continue;
    kept.push({ ...r, actual: money(actual), expected: money(expected), difference: change(expected, actual)?.amount ?? '' });
  }
  const lines = await linesOf(store, [
    ...kept.map((r) => [r.id, r.table_no, r.row_no]),
    ...kept.map((r) => [r.earlier_id, r.earlier_table_no, r.earlier_row_no]),
  ]);
  for (const r of kept) {
    const line = lines.get(`${r.id} ${r.table_no} ${r.row_no}`);
    const earlierLine = lines.get(`${r.earlier_id} ${r.earlier_table_no} ${r.earlier_row_no}`);
    if (line && earlierLine) findings.push(finding(r, line, earlierLine));
  }
  return findings;
}

/**
 * For one department, both sides of the join are figures of its newest documents: named by id, so
 * that DuckDB reads those documents' figures only instead of scanning every document's (the join's
 * own filter on the documents is applied after the scan). Empty when the department has none.
 */
async function departmentFigures(store: Store, department: string | undefined, params: Param[]): Promise<string> {
  if (department === undefined) return '';
  const own: Param[] = [];
  const rows = await store.query(`SELECT d.id FROM documents d WHERE ${newestWhere({ department }, own)}`, own);
  const ids = rows.map((r) => Number(r.id));
  if (ids.length === 0) return '';
  const later = documentsIn('f.document_id', ids, params.length + 1);
  const earlier = documentsIn('o.document_id', ids, params.length + later.params.length + 1);
  params.push(...later.params, ...earlier.params);
  return ` AND ${later.sql} AND ${earlier.sql}`;
}

/**
 * The rows and tables of the figures found to differ, by `document table row`: named one by one in
 * a list the query joins, so that the planner scans the rows once against that short list (joined
 * to the figures in the same query, DuckDB built a hash table of every row instead: 4 s of 4).
 */
async function linesOf(store: Store, places: Array<Array<unknown>>): Promise<Map<string, QueryRow>> {
  const unique = [...new Set(places.map((p) => p.map(Number).join(', ')))];
  if (unique.length === 0) return new Map();
  const rows = await store.query(
    `SELECT r.document_id, r.table_no, r.row_no, r.code, r.name, r.page, r.line, r.cell, t.kind, t.title
       FROM (VALUES (${unique.join('), (')})) AS w (document_id, table_no, row_no)
       JOIN doc_rows r ON r.document_id = w.document_id AND r.table_no = w.table_no AND r.row_no = w.row_no
       JOIN doc_tables t ON t.document_id = w.document_id AND t.table_no = w.table_no`,
  );
  return new Map(rows.map((r) => [`${r.document_id} ${r.table_no} ${r.row_no}`, r]));
}

/** The earlier document's fields, named `earlier_…` beside the later document's own. */
const EARLIER_FIELDS = DOCUMENT_FIELDS.split(', ')
  .map((field) => `e.${field.slice(2)} AS earlier_${field.slice(2)}`)
  .join(', ');

function earlierRef(row: QueryRow): DocumentRef {
  const fields: QueryRow = {};
  for (const [name, value] of Object.entries(row)) if (name.startsWith('earlier_')) fields[name.slice('earlier_'.length)] = value;
  return documentRef(fields);
}

function place(doc: DocumentRef, table: unknown, page: unknown, line: unknown, cell: unknown): CellPlace {
  const numberOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    file: doc.sourceFile,
    table: String(table),
    page: numberOrNull(page),
    line: numberOrNull(line),
    cell: cell === null || cell === undefined ? null : String(cell),
  };
}

function finding(r: QueryRow, row: QueryRow, earlierRow: QueryRow): PriorYearFinding {
  const later = documentRef(r);
  const earlier = earlierRef(r);
  const code = row.code === null ? null : String(row.code);
  const name = String(row.name);
  const table = String(row.title);
  const column = String(r.label);
  const [actual, expected, difference] = [String(r.actual), String(r.expected), String(r.difference)];
  const line = code ? `${code} ${name}` : name;
  const what = later.phase === 'final_account' ? '年初预算数' : '上年预算数';
  return {
    rule: PRIOR_YEAR_RULE,
    severity: 'error',
    document: later,
    earlier,
    kind: String(row.kind) as TableKind,
    code,
    name,
    column,
    actual,
    expected,
    difference,
    source: place(later, table, row.page, row.line, row.cell),
    earlierSource: place(earlier, earlierRow.title, earlierRow.page, earlierRow.line, earlierRow.cell),
    message: {
      zh: `${table}：${line} 的${what}（${column}）为 ${actual} 万元，而 ${earlier.year} 年预算文件（${earlier.title}）印为 ${expected} 万元（差 ${difference}）`,
      en: `${table}: ${line}, ${column} prints ${actual} 万元, but the ${earlier.year} budget (${earlier.title}) printed ${expected} 万元 (difference ${difference})`,
    },
  };
}
