/**
 * What makes figures of two documents comparable across years: the line a row is (its table kind,
 * side, classification code or name; totals match totals), and which columns restate an earlier
 * budget — the 上年预算数 a budget prints beside this year's (`prior_year…`, docs/model.md) and the
 * 年初预算数 of a final account (`budget`) — with the column of that budget they restate.
 */
import type { Column, Phase, TableKind } from './types.js';

/** Columns of executed, adjusted or changed figures: not a budget, so not compared with one. */
const EXECUTED = /执行|决算|实际|调整|变动/;

/**
 * The line a row is, across documents: the kind and side, then the classification code, else the
 * name; totals (合计, 总计 …) of one side are one line. Two rows of one table with the same line
 * are told apart by their occurrence (`lineKeys`).
 */
export function lineKey(
  kind: TableKind,
  row: { side?: string | null; isTotal: boolean; code: string | null; name: string },
): string {
  return `${kind}|${row.side ?? ''}|${row.isTotal ? '(total)' : row.code ? `#${row.code}` : row.name}`;
}

/** Each row's line, its occurrence number added when the same line comes again in the table (`|2` …). */
export function lineKeys<T>(rows: T[], keyOf: (row: T) => string): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = keyOf(row);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}|${n}`;
  });
}

/**
 * The columns of a budget that documents restate: its 合计 and the 基本支出 / 项目支出 split (a budget
 * printing 2025年预算数 › 合计, 基本支出, 项目支出 beside 2026年's; 三公 and final accounts restate the
 * total). Only these are kept for the comparison: a budget's every amount column would double the
 * rows written for it, for columns no document restates.
 */
export const RESTATED_KEYS: ReadonlySet<string> = new Set(['total', 'basic', 'project']);

/**
 * The key of the column of the earlier budget that this column restates (`total` for 上年预算数 and
 * 年初预算数, `basic` for `prior_year_basic` …), or null when it restates none: executed figures
 * (上年执行数, 决算数, 调整预算) are not budgets, and columns other than RESTATED_KEYS are not compared.
 */
export function restatedKey(column: Pick<Column, 'key' | 'label' | 'path'>, phase: Phase): string | null {
  const { key } = column;
  if (!isEarlierYearColumn(key, phase) || EXECUTED.test(`${column.path.join(' ')} ${column.label}`)) return null;
  const restated = key === 'budget' || key === 'prior_year' ? 'total' : key.slice('prior_year_'.length);
  return RESTATED_KEYS.has(restated) ? restated : null;
}

/** A column that holds figures of an earlier year, restating or executed: never the document's own year. */
function isEarlierYearColumn(key: string, phase: Phase): boolean {
  return key === 'prior_year' || key.startsWith('prior_year_') || (key === 'budget' && phase === 'final_account');
}

/** The year whose budget a document's restated figures are: last year's for a budget, its own for a final account. */
export function restatedYear(phase: Phase, year: number): number {
  return phase === 'final_account' ? year : year - 1;
}
