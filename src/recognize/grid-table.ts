import type { GridRow, TextStyle } from '../adapters/text/blocks.js';
import { parseAmount } from '../model/amount.js';
import { compact, joinBrokenText, normalizeName } from '../model/names.js';
import type { Amount, Column, Finding, MoneyUnit, Row, Side, Table, TableKind } from '../model/types.js';
import { buildLayout, type LayoutColumn } from './header.js';
import { type Classified, EconomicHierarchy, FunctionHierarchy } from './levels.js';
import type { RawTable } from './segment.js';

export interface RecognizeContext {
  file: string;
  style: TextStyle;
  year: number | null;
  department: string | null;
  unit: MoneyUnit;
  findings: Finding[];
}

const FUNCTION_KINDS = new Set<TableKind>([
  'expenditure_summary',
  'general_budget_expenditure',
  'gov_fund_expenditure',
  'state_capital',
]);

const TOTAL_NAME =
  /^(?:合计|总计|小计|部门合计|本年收入合计|本年支出合计|收入总计|支出总计|本年收入|本年支出|资产总额|.{0,12}(?:合计|小计|总计))$/;

const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;

function isTotalName(name: string, department: string | null): boolean {
  if (TOTAL_NAME.test(name)) return true;
  return department !== null && normalizeName(department) === name;
}

function sidesOf(columns: LayoutColumn[]): Array<Side | undefined> {
  const sides = new Set(columns.map((c) => c.side));
  if (sides.has('income') && sides.has('expenditure')) return ['income', 'expenditure'];
  return [undefined];
}

interface SideColumns {
  side: Side | undefined;
  label: LayoutColumn[];
  code: LayoutColumn | undefined;
  amounts: LayoutColumn[];
  texts: LayoutColumn[];
}

function sideColumns(columns: LayoutColumn[], side: Side | undefined): SideColumns {
  const own = side ? columns.filter((c) => c.side === side) : columns;
  let label = own.filter((c) => c.role === 'label');
  // A per-unit table names its rows by 部门（单位）名称: then that column is the label.
  if (label.length === 0) label = own.filter((c) => c.key === 'unit_name');
  return {
    side,
    label,
    code: own.find((c) => c.role === 'code'),
    amounts: own.filter((c) => c.type === 'amount'),
    texts: own.filter((c) => c.type === 'text' && c.role === 'text' && !label.includes(c)),
  };
}

function cell(row: GridRow, index: number): string {
  return row.cells[index]?.text ?? '';
}

/** The label of a row: the first non-empty label column; project tables say which level by which column. */
function labelOf(row: GridRow, cols: SideColumns): { label: string; column: LayoutColumn | undefined } {
  for (const c of cols.label) {
    const text = cell(row, c.index);
    if (text !== '' && parseAmount(text) === null) return { label: text, column: c };
  }
  // No label column, or a shifted label: the first text cell before the amounts.
  const firstAmount = cols.amounts[0]?.index ?? Number.POSITIVE_INFINITY;
  const ownIndexes = new Set([...cols.label, ...cols.amounts, ...cols.texts].map((c) => c.index));
  for (const c of row.cells) {
    if (c.col >= firstAmount) break;
    if (c.text !== '' && parseAmount(c.text) === null && (ownIndexes.has(c.col) || cols.side === undefined)) {
      return { label: c.text, column: undefined };
    }
  }
  return { label: '', column: undefined };
}

function amountsOf(row: GridRow, cols: SideColumns, ctx: RecognizeContext, tableKind: TableKind): Record<string, Amount> {
  const values: Record<string, Amount> = {};
  for (const c of cols.amounts) {
    const text = cell(row, c.index);
    if (text === '' || /^[-—–]+$/.test(text)) continue;
    const amount = parseAmount(text);
    if (amount) values[c.key] = amount;
    else if (tableKind !== 'assets')
      ctx.findings.push({
        rule: 'reader/unparsable-amount',
        severity: 'warning',
        message: `无法识别的金额 “${text}” / unreadable amount "${text}"`,
        table: tableKind,
        column: c.key,
        source: { file: ctx.file, line: row.line },
      });
  }
  return values;
}

function textsOf(row: GridRow, cols: SideColumns): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const c of cols.texts) {
    const text = joinBrokenText(cell(row, c.index));
    if (text !== '') texts[c.key] = text;
  }
  return texts;
}

function classifier(kind: TableKind, side: Side | undefined, layout: LayoutColumn[], ctx: RecognizeContext) {
  const functionTable =
    FUNCTION_KINDS.has(kind) ||
    side === 'expenditure' ||
    (kind === 'income_summary' && layout.some((c) => c.role === 'code' || c.path.some((p) => /功能分类/.test(p))));
  if (functionTable) return new FunctionHierarchy(ctx.year);
  if (kind === 'general_budget_basic_expenditure') return new EconomicHierarchy(ctx.year);
  return null;
}

const NOT_CLASSIFIED = /^(?:结转下年(?:支出)?|年终结转(?:结余)?|年末(?:财政拨款)?结转和结余|结余分配)$/;

export function buildGridTable(raw: RawTable, kind: TableKind, ctx: RecognizeContext): Table {
  const layout = buildLayout(raw.rows, ctx.style);
  const unit = raw.unit ?? ctx.unit;
  const sides = sidesOf(layout.columns);
  const perSide = sides.map((side) => ({
    cols: sideColumns(layout.columns, side),
    hierarchy: classifier(kind, side, layout.columns, ctx),
  }));
  const rows: Row[] = [];
  for (const gridRow of layout.dataRows) {
    for (const { cols, hierarchy } of perSide) {
      const { label, column } = labelOf(gridRow, cols);
      const values = amountsOf(gridRow, cols, ctx, kind);
      if (label === '' && Object.keys(values).length === 0) continue;
      const name = normalizeName(label);
      const printedCode = cols.code ? compact(cell(gridRow, cols.code.index)) || null : null;
      const isTotal = isTotalName(name, ctx.department) && !(printedCode && /^\d+$/.test(printedCode));
      let classified: Classified = { level: null, code: null, codeSource: null };
      if (kind === 'project_expenditure' && column) {
        const level = { project_type: 1, project_l1: 2, project_l2: 3 }[column.key];
        if (level !== undefined && !isTotal) classified = { level, code: null, codeSource: null };
      } else if (hierarchy && !isTotal && !NOT_CLASSIFIED.test(name) && name !== '') {
        classified = hierarchy.classify(name, printedCode && /^\d+$/.test(printedCode) ? printedCode : null, NUMBERED.test(label));
      }
      const row: Row = {
        label,
        name,
        code: classified.code,
        codeSource: classified.codeSource,
        level: classified.level,
        isTotal,
        values,
        texts: textsOf(gridRow, cols),
        source: { file: ctx.file, line: gridRow.line },
      };
      if (cols.side) row.side = cols.side;
      rows.push(row);
    }
  }
  const columns: Column[] = layout.columns
    .filter((c) => c.type === 'amount' || c.role === 'text')
    .map((c) => {
      const col: Column = { key: c.key, label: joinBrokenText(c.path[c.path.length - 1] ?? ''), path: c.path.map(joinBrokenText), type: c.type };
      if (c.side) col.side = c.side;
      return col;
    });
  const empty = rows.every((r) => Object.keys(r.values).length === 0);
  const table: Table = {
    kind,
    title: raw.title,
    unit,
    source: { file: ctx.file, line: raw.titleLine },
    columns,
    rows,
    empty,
    notes: raw.notes,
  };
  if (raw.emptyStatement) table.emptyStatement = raw.emptyStatement;
  return table;
}
