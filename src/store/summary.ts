/**
 * A document's figures for the side-by-side comparison, chosen once when it is stored (rows of
 * `summary_figures`) so that a region's departments are compared from a few rows each instead of
 * their cells: total spending and its 基本/项目 split (from the 支出总表, which covers every fund, else
 * the 一般公共预算支出表), the 三公 total, 机关运行经费, spending by function 类 and basic spending by
 * economic 款. Only the first table of each kind is read (the later ones are per-unit repeats).
 */
import type { Amount, MoneyUnit, Table, TableKind } from '../model/types.js';
import { decimalOf, type Value } from './values.js';

/** Where each figure is read, in order of preference: the first table that prints it wins. */
const TOTALS: readonly TableKind[] = ['expenditure_summary', 'general_budget_expenditure'];
const BY_FUNCTION: readonly TableKind[] = ['general_budget_expenditure', 'expenditure_summary'];
const BY_ECONOMIC: readonly TableKind[] = ['general_budget_basic_expenditure', 'general_budget_economic_expenditure'];
const KINDS: ReadonlySet<TableKind> = new Set([...TOTALS, ...BY_FUNCTION, ...BY_ECONOMIC, 'three_public', 'agency_operating']);
const KEYS = ['total', 'basic', 'project'] as const;
/** Totals and 类 (level 1) and 款 (level 2): a comparison of 类 and 款 needs no 项. */
const LEVELS: ReadonlySet<number | null> = new Set([1, 2]);

/** What a summary row is: one figure of the document, or one line of its spending by function or economic item. */
export type SummaryFigure = 'total' | 'basic' | 'project' | 'three_public' | 'agency_operating' | 'function' | 'economic';

interface Cell {
  tableNo: number;
  kind: TableKind;
  unit: MoneyUnit;
  code: string | null;
  name: string;
  level: number | null;
  isTotal: boolean;
  key: string;
  amount: Amount;
}

/** The amounts the summary reads: of the totals, 类 and 款 rows of the first table of each kind that prints one. */
function summaryCells(tables: readonly Table[]): Cell[] {
  const cells: Cell[] = [];
  const first = new Map<TableKind, number>();
  tables.forEach((table, tableNo) => {
    if (!KINDS.has(table.kind)) return;
    const seen = first.get(table.kind);
    if (seen !== undefined && seen !== tableNo) return;
    for (const row of table.rows) {
      if (!row.isTotal && !LEVELS.has(row.level)) continue;
      for (const key of KEYS) {
        const amount = row.values[key];
        if (!amount) continue;
        first.set(table.kind, tableNo);
        cells.push({
          tableNo,
          kind: table.kind,
          unit: table.unit,
          code: row.code,
          name: row.name,
          level: row.level,
          isTotal: row.isTotal,
          key,
          amount,
        });
      }
    }
  });
  return cells;
}

/** The summary of a document as `summary_figures` rows (document_id, line_no, figure, code, name, amount, scale, unit). */
export function summaryRecords(tables: readonly Table[], id: bigint): Value[][] {
  const cells = summaryCells(tables);
  const out: Value[][] = [];
  const add = (figure: SummaryFigure, c: Cell) =>
    out.push([id, out.length, figure, c.code, c.name, decimalOf(c.amount), c.amount.scale, c.unit]);
  const totalOf = (figure: SummaryFigure, kinds: readonly TableKind[], key: string) => {
    for (const kind of kinds) {
      const c = cells.find((x) => x.kind === kind && x.isTotal && x.key === key);
      if (c) return add(figure, c);
    }
  };
  for (const key of KEYS) totalOf(key, TOTALS, key);
  totalOf('three_public', ['three_public'], 'total');
  totalOf('agency_operating', ['agency_operating'], 'total');
  const lines = (figure: SummaryFigure, kinds: readonly TableKind[], level: number) => {
    const kind = kinds.find((k) => cells.some((c) => c.kind === k && c.level === level && c.code));
    const codes = new Set<string>();
    for (const c of cells) {
      if (c.kind !== kind || c.level !== level || !c.code || c.key !== 'total' || codes.has(c.code)) continue;
      codes.add(c.code);
      add(figure, c);
    }
  };
  lines('function', BY_FUNCTION, 1);
  lines('economic', BY_ECONOMIC, 2);
  return out;
}
