/**
 * The departments of a region (or of the whole store) side by side, each by its newest document
 * of the year: total spending and its 基本/项目 split, 三公 and 机关运行经费, spending by function 类
 * and by economic 款, and the findings the checker raised.
 */
import { byCodeUnit } from '../model/order.js';
import type { Phase } from '../model/types.js';
import type { Store } from '../store/store.js';
import { type SummaryAnswer, type SummaryFigures, summaryAnswer } from '../store/summary.js';
import { type DocumentQuery, type DocumentRef, documentsIn, newestDocuments, newestWhere, type Param } from './fetch.js';

export interface DepartmentFigures extends SummaryFigures {
  document: DocumentRef;
}

export interface Heading {
  code: string;
  name: string;
}

export interface SideBySide {
  region: string | null;
  year: number | null;
  phase: Phase;
  unit: '万元';
  departments: DepartmentFigures[];
  /** The function 类 and economic 款 any department prints, in code order. */
  functionClasses: Heading[];
  economicItems: Heading[];
}

/**
 * Up to this many documents, their answers are asked by id (PostgreSQL finds them by its index,
 * DuckDB filters the scan by the list: at 2,000 documents 10 ms of execution against 85 ms for the
 * join to the documents, which probed every row); more, by the join.
 */
const BY_ID = 500;

function answersQuery(documents: DocumentRef[], query: DocumentQuery): { sql: string; params: Param[] } {
  const columns = 's.document_id, s.answer';
  if (documents.length <= BY_ID) {
    const ids = documentsIn(
      's.document_id',
      documents.map((d) => d.id),
    );
    return { sql: `SELECT ${columns} FROM summary_answers s WHERE ${ids.sql}`, params: ids.params };
  }
  const params: Param[] = [];
  const sql = `SELECT ${columns} FROM summary_answers s JOIN documents d ON d.id = s.document_id
      WHERE ${newestWhere(query, params)}`;
  return { sql, params };
}

/**
 * Each department's figures are its answer (`summary_answers`, the 万元 text of its summary rows
 * written when the document was stored, store/summary.ts): one row per department, in one query
 * for the region, and no amount read or formatted per request.
 */
export async function sideBySide(store: Store, filter: { region?: string; year?: number; phase?: Phase }): Promise<SideBySide> {
  const phase = filter.phase ?? 'budget';
  const query = { region: filter.region, year: filter.year, phase };
  const documents = newestYearPerDepartment(await newestDocuments(store, query), filter.year);
  const { sql, params } = answersQuery(documents, query);
  const rows = documents.length === 0 ? [] : await store.query(sql, params);
  const answers = new Map(rows.map((r) => [Number(r.document_id), JSON.parse(String(r.answer)) as SummaryAnswer]));
  const functionNames = new Map<string, string>();
  const economicNames = new Map<string, string>();
  const named = (names: Map<string, string>, own: SummaryAnswer['functionNames']) => {
    for (const [code, name] of own) if (!names.has(code)) names.set(code, name);
  };
  const departments = documents.map((document): DepartmentFigures => {
    const { functionNames: ownFunctions, economicNames: ownEconomic, ...figures } = answers.get(document.id) ?? summaryAnswer([]);
    named(functionNames, ownFunctions);
    named(economicNames, ownEconomic);
    return { document, ...figures };
  });
  const headings = (names: Map<string, string>) =>
    [...names].map(([code, name]) => ({ code, name })).sort((a, b) => byCodeUnit(a.code, b.code));
  return {
    region: filter.region ?? null,
    year: filter.year ?? null,
    phase,
    unit: '万元',
    departments,
    functionClasses: headings(functionNames),
    economicItems: headings(economicNames),
  };
}

/** Without a year, each department by its newest year; documents without a department stand alone. */
function newestYearPerDepartment(documents: DocumentRef[], year: number | undefined): DocumentRef[] {
  if (year !== undefined) return documents;
  const newest = new Map<string, DocumentRef>();
  for (const d of documents) {
    const key = d.department ?? `#${d.id}`;
    const seen = newest.get(key);
    if (!seen || (d.year ?? 0) > (seen.year ?? 0)) newest.set(key, d);
  }
  return [...newest.values()];
}
