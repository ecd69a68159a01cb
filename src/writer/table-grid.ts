/**
 * A model table → the grid the document prints: a code and a name column where the rows have
 * codes, the table's own columns under their header paths, and side-by-side 收入 | 支出 panels for
 * a table whose rows have sides (收支总表, 财政拨款收支总表). Amounts are printed as the profile prints its tables
 * (unit, decimals, separators: money.ts).
 */
import { ROW_HEADERS, SIDE_HEADERS, standardColumnLabel } from '../model/column-labels.js';
import { normalizeName } from '../model/names.js';
import type { Column, Row, Side, Table } from '../model/types.js';
import { columnMeaning } from '../recognize/column-keys.js';
import { headerRows } from './header-grid.js';
import type { GridCell, TableGrid } from './layout.js';
import { formatMoney, type MoneyFormat } from './money.js';

/** Amount columns that count things (a 国有资产 table's 数量): printed as they are, never converted. */
const COUNT_KEYS = new Set(['quantity']);

/**
 * A row as its label prints it (with its numbering, 一、财政拨款收入), unless the reader named it
 * otherwise than the label says (购置费 under 公务用车 is 公务用车购置费; a 基本支出表's 人员经费合计、公用经费合计
 * is one 合计): then by its name.
 */
const rowLabel = (row: Row) => (row.label && normalizeName(row.label) === normalizeName(row.name) ? row.label : row.name);

interface Planned {
  path: string[];
  cell: (row: Row | undefined) => GridCell;
}

/**
 * The header a column is printed under: its path as read, unless that path alone would read as
 * another key (a column-wise 三公 table's 2024年“三公”经费预算数 is `total` only by turning the table):
 * then the key's standard name (合计).
 */
const columnPath = (c: Column): string[] => {
  const standard = standardColumnLabel(c.key);
  if (c.path.length > 0 && c.type === 'amount' && standard && columnMeaning(c.path).key !== c.key) return [standard];
  if (c.path.length > 0) return c.path;
  const label = c.label || standardColumnLabel(c.key) || '';
  return label === '' ? [] : [label];
};

/** The columns of one panel: code and name, then the table's columns (text columns without a header are left out). */
function panel(table: Table, columns: Column[], rows: Row[], money: MoneyFormat, side?: Side): Planned[] {
  // A side is headed by its name (收入 | 支出) over its own name and amount columns; a group header
  // of a single table (政府性基金预算支出) stays over its amount columns only.
  const prefix = side ? [SIDE_HEADERS[side]] : [];
  const pathOf = (c: Column) => {
    const path = columnPath(c);
    if (!side) return path;
    const rest = commonFirst(columns.map(columnPath)).length > 0 ? path.slice(1) : path;
    return [SIDE_HEADERS[side], ...rest];
  };
  // Codes the source printed; a code resolved from the name is found again from the name.
  const withCodes = rows.some((r) => r.code && r.codeSource === 'printed');
  const planned: Planned[] = [];
  if (withCodes)
    planned.push({
      path: [...prefix, ROW_HEADERS.code],
      cell: (row) => ({ text: row?.codeSource === 'printed' ? (row.code ?? '') : '', align: 'left' }),
    });
  planned.push({
    path: [...prefix, withCodes ? ROW_HEADERS.name : ROW_HEADERS.item],
    cell: (row) => ({ text: row ? rowLabel(row) : '', align: 'left' }),
  });
  for (const column of columns) {
    const path = pathOf(column);
    if (path.length === 0 && column.type === 'text') continue;
    planned.push({
      path,
      cell: (row) => {
        if (!row) return { text: '' };
        if (column.type === 'text') return { text: row.texts[column.key] ?? '', align: 'left' };
        const amount = row.values[column.key];
        if (!amount) return { text: '', align: 'right' };
        const text = COUNT_KEYS.has(column.key) ? amount.raw : formatMoney(amount, table.unit, money);
        return { text, align: 'right' };
      },
    });
  }
  return planned;
}

/** The first header level every column shares (收入 over a whole panel), for the name columns too. */
function commonFirst(paths: string[][]): string[] {
  const first = paths[0]?.[0];
  if (first === undefined || paths.length === 0) return [];
  return paths.every((p) => p.length > 1 && p[0] === first) ? [first] : [];
}

/** Pair the two sides' rows line by line; the shorter side is padded before its last row, so 收入总计 and 支出总计 share the last line. */
function pairRows(income: Row[], expenditure: Row[]): Array<[Row | undefined, Row | undefined]> {
  const length = Math.max(income.length, expenditure.length);
  const padded = (rows: Row[]) => {
    if (rows.length === length || rows.length === 0) return rows as Array<Row | undefined>;
    const last = rows[rows.length - 1] as Row;
    return [...rows.slice(0, -1), ...Array<Row | undefined>(length - rows.length).fill(undefined), last];
  };
  const left = padded(income);
  const right = padded(expenditure);
  return Array.from({ length }, (_, i) => [left[i], right[i]]);
}

const hasSide = (rows: Row[], side: Side) => rows.some((r) => r.side === side);

/**
 * The header of a project's targets, as the recognizer reads them (recognize/performance-columns.ts,
 * the 长沙 two-row layout): the project's columns merged down beside the indicators under 绩效指标.
 */
const PERFORMANCE_PROJECT = { unit: ROW_HEADERS.unit, name: ROW_HEADERS.project, objective: '绩效目标' } as const;
const PERFORMANCE_INDICATORS = ['绩效指标', ['一级指标', '二级指标', '三级指标', '指标值']] as const;

/** The header paths of a 项目支出绩效目标表's grid (the workbook's unfilled sheet prints them too). */
export function performancePaths(withPeriod: boolean): string[][] {
  const [group, levels] = PERFORMANCE_INDICATORS;
  return [
    [PERFORMANCE_PROJECT.unit],
    [PERFORMANCE_PROJECT.name],
    [standardColumnLabel('amount') as string],
    ...(withPeriod ? [[standardColumnLabel('period_total') as string]] : []),
    [PERFORMANCE_PROJECT.objective],
    ...levels.map((level) => [group, level]),
  ];
}

/**
 * A 项目支出绩效目标表 as one wide grid: a project's line with its unit, name, 年度资金总额 (and
 * 实施期资金总额 where a project has one) and objective, then one line per indicator (一级 | 二级 |
 * 三级 | 指标值, the value left blank where the input has none: the indicator is kept by its name).
 */
function performanceGrid(table: Table, format: MoneyFormat, department: string): TableGrid {
  const cell = (text: string, align: GridCell['align'] = 'left'): GridCell => ({ text, align });
  const money = (amount: Row['values'][string] | undefined) =>
    cell(amount ? formatMoney(amount, table.unit, format) : '', 'right');
  const withPeriod = table.rows.some((r) => r.values.period_total !== undefined);
  const [, levels] = PERFORMANCE_INDICATORS;
  const paths = performancePaths(withPeriod);
  const projectWidth = paths.length - levels.length;
  const body = table.rows.map((row) => {
    const t = row.texts;
    if (row.level === 1 || Object.keys(row.values).length > 0) {
      return [
        // A project without its own unit is the department's; a 合计 line is named where a unit is, with no project.
        cell(row.isTotal ? row.label || row.name : t.unit_name || department),
        cell(row.isTotal ? '' : row.label || row.name),
        money(row.values.amount ?? row.values.total),
        ...(withPeriod ? [money(row.values.period_total)] : []),
        cell(t.objective ?? ''),
        ...levels.map(() => cell('')),
      ];
    }
    return [
      ...Array.from({ length: projectWidth }, () => cell('')),
      cell(t.indicator_l1 ?? ''),
      cell(t.indicator_l2 ?? ''),
      cell(row.label || row.name),
      cell(t.target ?? ''),
    ];
  });
  return { header: headerRows(paths), body, width: paths.length };
}

/** A table the reader keeps as printed text (整体支出绩效目标表): its rows' cells as they are, no header of its own. */
function textGrid(table: Table): TableGrid {
  const width = Math.max(1, ...table.rows.map((r) => 1 + Object.keys(r.texts).length));
  const body = table.rows.map((row) => {
    const cells = [row.label || row.name, ...Object.values(row.texts)];
    return Array.from({ length: width }, (_, i): GridCell => ({ text: cells[i] ?? '', align: 'left' }));
  });
  return { header: [], body, width };
}

export function tableGrid(table: Table, money: MoneyFormat, department = ''): TableGrid {
  if (table.kind === 'performance_targets') return performanceGrid(table, money, department);
  if (table.columns.length === 0) return textGrid(table);
  if (hasSide(table.rows, 'income') && hasSide(table.rows, 'expenditure')) {
    const sideOf = (side: Side) => ({
      rows: table.rows.filter((r) => r.side === side),
      columns: table.columns.filter((c) => c.side === side || (c.side === undefined && c.type === 'text')),
    });
    const income = sideOf('income');
    const expenditure = sideOf('expenditure');
    const left = panel(table, income.columns, income.rows, money, 'income');
    const right = panel(table, expenditure.columns, expenditure.rows, money, 'expenditure');
    const body = pairRows(income.rows, expenditure.rows).map(([a, b]) => [
      ...left.map((p) => p.cell(a)),
      ...right.map((p) => p.cell(b)),
    ]);
    const all = [...left, ...right];
    return { header: headerRows(all.map((p) => p.path)), body, width: all.length };
  }
  const planned = panel(table, table.columns, table.rows, money);
  return {
    header: headerRows(planned.map((p) => p.path)),
    body: table.rows.map((row) => planned.map((p) => p.cell(row))),
    width: planned.length,
  };
}
