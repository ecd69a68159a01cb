/**
 * One department across years: every line of its tables matched by classification code (or by name
 * where it has none), the amount of each year in 万元, the change from the year before, and what
 * the narrative of each year says changed.
 */

import { type Change, change, money, storedAmount } from '../model/answer-money.js';
import { SPENDING_BY_ECONOMIC, SPENDING_BY_FUNCTION } from '../model/kinds.js';
import type { Amount, Phase, TableKind } from '../model/types.js';
import type { Store } from '../store/store.js';
import { type DocumentRef, documentsIn, firstTableOfKind, newestDocuments, rowKeys, type StoredCell, totalsOf } from './fetch.js';
import { type PriorYearFinding, priorYearFindings } from './prior-year.js';

/** Tables whose lines mean the same from year to year. */
export const COMPARED_KINDS: readonly TableKind[] = [
  'income_expenditure_summary',
  'income_summary',
  ...SPENDING_BY_FUNCTION,
  'fiscal_appropriation_summary',
  ...SPENDING_BY_ECONOMIC,
  'three_public',
  'agency_operating',
  'entrusted_business',
  'gov_fund_income',
  'project_expenditure',
];

export interface ComparedLine {
  kind: TableKind;
  side: string | null;
  code: string | null;
  name: string;
  level: number | null;
  isTotal: boolean;
  /** 万元, one per year of `years`; null where that year's table has no such line. */
  values: Array<string | null>;
  /** The last year against the year before it, when both print the line. */
  change: Change | null;
}

export interface NarrativeChange {
  year: number;
  label: string;
  direction: number | null;
  /** The change as the text states it, in the narrative's unit (万元 in the documents seen). */
  amount: string | null;
  percent: string | null;
  sentence: string;
}

export interface DepartmentYears {
  department: string;
  phase: Phase;
  unit: '万元';
  years: number[];
  documents: DocumentRef[];
  lines: ComparedLine[];
  narrative: NarrativeChange[];
  /** 上年 figures that differ from what the earlier year's document printed. */
  priorYear: PriorYearFinding[];
}

/**
 * Its queries run at once where they do not depend on each other (the prior-year rule beside the
 * rest, the lines beside the claims): the whole comparison waits for the slowest of them instead
 * of their sum (each engine answers queries on several connections).
 */
export async function departmentYears(store: Store, department: string, phase: Phase = 'budget'): Promise<DepartmentYears> {
  const priorYear = priorYearFindings(store, { department });
  // Awaited below, with the rest; a rejection meanwhile is not unhandled.
  priorYear.catch(() => {});
  const documents = (await newestDocuments(store, { department, phase })).filter((d) => d.year !== null);
  const years = documents.map((d) => d.year as number);
  const yearOf = new Map(documents.map((d) => [d.id, d.year as number]));
  const [totals, narrative] = await Promise.all([
    totalsOf(
      store,
      documents.map((d) => d.id),
      COMPARED_KINDS,
    ),
    narrativeChanges(store, documents),
  ]);
  const cells = firstTableOfKind(totals);
  const keys = rowKeys(cells);
  const lines = new Map<string, { first: StoredCell; byYear: Map<number, Amount | null> }>();
  // The newest year's order first, then lines only earlier years print.
  const ordered = [...cells].sort((a, b) => (yearOf.get(b.documentId) ?? 0) - (yearOf.get(a.documentId) ?? 0));
  for (const c of ordered) {
    const key = keys.get(c) as string;
    const line = lines.get(key) ?? { first: c, byYear: new Map() };
    line.byYear.set(yearOf.get(c.documentId) as number, storedAmount(c.amount, c.scale, c.unit));
    lines.set(key, line);
  }
  const kindOrder = new Map(COMPARED_KINDS.map((k, i) => [k, i]));
  const compared = [...lines.values()]
    .sort((a, b) => (kindOrder.get(a.first.kind) ?? 0) - (kindOrder.get(b.first.kind) ?? 0))
    .map(({ first, byYear }): ComparedLine => {
      const present = years.filter((y) => byYear.get(y));
      const [earlier, later] = present.slice(-2);
      return {
        kind: first.kind,
        side: first.side,
        code: first.code,
        name: first.name,
        level: first.level,
        isTotal: first.isTotal,
        values: years.map((y) => money(byYear.get(y) ?? null)),
        change:
          later !== undefined && earlier !== undefined && later === years[years.length - 1]
            ? change(byYear.get(earlier) ?? null, byYear.get(later) ?? null)
            : null,
      };
    });
  return {
    department,
    phase,
    unit: '万元',
    years,
    documents,
    lines: compared,
    narrative,
    priorYear: await priorYear,
  };
}

async function narrativeChanges(store: Store, documents: DocumentRef[]): Promise<NarrativeChange[]> {
  if (documents.length === 0) return [];
  const yearOf = new Map(documents.map((d) => [d.id, d.year as number]));
  const ids = documentsIn(
    'document_id',
    documents.map((d) => d.id),
  );
  const rows = await store.query(
    `SELECT document_id, claim_no, label, direction, amount, scale, percent, sentence FROM claims
      WHERE kind = 'change' AND ${ids.sql}
      ORDER BY document_id, claim_no`,
    ids.params,
  );
  return rows
    .map((r) => ({
      year: yearOf.get(Number(r.document_id)) as number,
      label: String(r.label),
      direction: r.direction === null ? null : Number(r.direction),
      amount: money(storedAmount(r.amount, r.scale, '万元')),
      percent: r.percent === null ? null : String(r.percent),
      sentence: String(r.sentence),
    }))
    .sort((a, b) => a.year - b.year);
}
