/**
 * A document's figures for the side-by-side comparison, chosen once when it is stored (rows of
 * `summary_figures`) so that a region's departments are compared from a few rows each instead of
 * their cells: total spending and its 基本/项目 split (from the 支出总表, which covers every fund, else
 * the 一般公共预算支出表), the 三公 total, 机关运行经费, spending by function 类 and basic spending by
 * economic 款. Only the first table of each kind is read (the later ones are per-unit repeats).
 */
import { formatScaled } from '../model/amount.js';
import { money, storedAmount } from '../model/answer-money.js';
import type { Amount, MoneyUnit, Table, TableKind } from '../model/types.js';
import { DECIMALS, decimalOf, type Value } from './values.js';

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

/** A `summary_figures` row as the engines answer it (the amount a decimal's text). */
export type SummaryRow = Partial<Record<'figure' | 'code' | 'name' | 'amount' | 'scale' | 'unit', unknown>>;

/** A document's figures as the side-by-side comparison shows them, in 万元 (model/answer-money.ts). */
export interface SummaryFigures {
  /** 万元; null where the document prints no such figure. */
  total: string | null;
  basic: string | null;
  project: string | null;
  threePublic: string | null;
  agencyOperating: string | null;
  /** Spending by function 类 (one-digit-level codes: 201 一般公共服务支出 …), by code. */
  byFunction: Record<string, string>;
  /** Basic spending by economic 款 (30101 基本工资 …), by code. */
  byEconomic: Record<string, string>;
}

/**
 * What the comparison keeps of one document: its figures, and the names of its 类 and 款 lines in
 * its order (the comparison's headings take each code's first name).
 */
export interface SummaryAnswer extends SummaryFigures {
  functionNames: Array<[code: string, name: string]>;
  economicNames: Array<[code: string, name: string]>;
}

/** A document's answer from its summary rows, in their order (`line_no`). */
export function summaryAnswer(rows: readonly SummaryRow[]): SummaryAnswer {
  const amountOf = (r: SummaryRow) => money(storedAmount(r.amount, r.scale, r.unit));
  const figure = (name: SummaryFigure) => {
    const r = rows.find((x) => x.figure === name);
    return r ? amountOf(r) : null;
  };
  const lines = (name: SummaryFigure) => {
    const values: Record<string, string> = {};
    const names: Array<[string, string]> = [];
    for (const r of rows) {
      if (r.figure !== name) continue;
      const value = amountOf(r);
      if (value === null) continue;
      const code = String(r.code);
      values[code] = value;
      names.push([code, String(r.name)]);
    }
    return { values, names };
  };
  const byFunction = lines('function');
  const byEconomic = lines('economic');
  return {
    total: figure('total'),
    basic: figure('basic'),
    project: figure('project'),
    threePublic: figure('three_public'),
    agencyOperating: figure('agency_operating'),
    byFunction: byFunction.values,
    byEconomic: byEconomic.values,
    functionNames: byFunction.names,
    economicNames: byEconomic.names,
  };
}

/**
 * The `summary_answers` row of a document from its `summary_figures` records (summaryRecords), the
 * amounts as the engines answer a DECIMAL(20,6): the same text a backfill derives from the stored rows.
 */
export function summaryAnswerRecord(summary: readonly Value[][], id: bigint): Value[] {
  const rows = summary.map(([, , figure, code, name, amount, scale, unit]) => ({
    figure,
    code,
    name,
    amount: formatScaled(amount as bigint, DECIMALS),
    scale,
    unit,
  }));
  return [id, JSON.stringify(summaryAnswer(rows))];
}
