/**
 * The workbook a department fills: a 封面 sheet (department, year, unit, template), one sheet per
 * standard table of the profile (title, unit line, the header rows as the table prints them, then the
 * rows and the 合计 row), and a 说明 sheet listing the texts a person must write, one per row.
 * Given a document (`fill`), its tables' rows are written in: a department can start from last year's
 * figures, and the tests make filled workbooks from the seeds this way.
 */
import { columnLetters } from '../../adapters/xlsx/adapter.js';
import { type Cell, type Sheet, sheetNames, workbookBytes } from '../../export/workbook.js';
import { headerCells } from '../../export/xlsx.js';
import { convertUnit, formatAmount } from '../../model/amount.js';
import { standardColumnLabel } from '../../model/column-labels.js';
import { normalizeName } from '../../model/names.js';
import type { Amount, BudgetDocument, MoneyUnit, Row, Table, TableKind } from '../../model/types.js';
import { THREE_PUBLIC } from '../../recognize/vocabulary.js';
import { orderedTables } from '../compose.js';
import { profileTextKeys, writerProfile } from '../profiles.js';
import { filledGrid } from './grid-sheet.js';
import { columnText, LEAD, type TableLayout, type TemplateProfile } from './layouts.js';
import { COVER_SHEET, TEXT_SHEET } from './texts.js';

export interface TemplateOptions {
  year: number;
  department?: string;
  /** Rows to write in, from a document of the same phase (its tables by kind). */
  fill?: BudgetDocument;
  /** Texts to write into the 说明 sheet, by heading. */
  texts?: Record<string, string>;
}

const text = (t: string, bold = false): Cell => (t === '' ? null : { text: t, ...(bold ? { bold } : {}) });
const SIDE_NAME = { function: 'function', economic: 'economic' } as const;

/** The sheet name of each table of a profile (valid and unique), in order. */
export function tableSheetNames(profile: TemplateProfile): string[] {
  return sheetNames([COVER_SHEET.name, TEXT_SHEET.name, ...profile.tables.map((t) => `${profile.titlePrefix}${t.title}`)]).slice(
    2,
  );
}

/** The printed title of a table: 2026年部门收入总表. */
export function tableTitle(profile: TemplateProfile, layout: TableLayout, year: number): string {
  return `${year}年${profile.titlePrefix}${layout.title}`;
}

/** An amount column of a sheet: its key and the labels printed above it (below any group). */
export interface SheetColumn {
  key: string;
  path: string[];
}

/** The template's own amount columns. */
const layoutColumns = (layout: TableLayout): SheetColumn[] =>
  layout.columns.map((c) => ({ key: c.key, path: [...(c.group ? [c.group] : []), columnText(c)] }));

/**
 * The amount columns of a filled sheet: the template's that the table has figures in, then the
 * table's others as it printed them (a 上年结转 beside 本年预算), so every identity the table's
 * figures satisfy still holds when they are read back.
 */
function filledColumns(layout: TableLayout, table: Table, side?: 'income' | 'expenditure'): SheetColumn[] {
  const own = table.columns.filter((c) => c.type === 'amount' && (!side || !c.side || c.side === side));
  const rows = table.rows.filter((r) => !side || r.side === side);
  const used = (key: string) => rows.some((r) => r.values[key] !== undefined);
  const template = side === 'income' ? [{ key: 'total', path: [LEAD.measure.budget] }] : layoutColumns(layout);
  const keys = new Set(template.map((c) => c.key));
  // An extra column under its standard name when it has one of a single word (本年, 上年结转): its
  // printed path may hang a lone 小计 under a group the sheet does not have.
  const named = (key: string) => {
    const label = standardColumnLabel(key);
    return label && !label.includes('·') ? [label] : null;
  };
  const extra = own
    .filter((c) => !keys.has(c.key) && used(c.key))
    .map((c) => ({ key: c.key, path: named(c.key) ?? c.path.slice(side ? 1 : 0) }));
  const columns = [...template.filter((c) => used(c.key)), ...extra];
  // A table without a figure (an empty 三公 table) keeps the template's columns, blank.
  return columns.length > 0 ? columns : template;
}

/** Header paths of a sheet's columns, top to bottom: the code and name columns, then the amounts. */
export function columnPaths(
  profile: TemplateProfile,
  layout: TableLayout,
  filled?: { income?: SheetColumn[]; amounts: SheetColumn[] },
): string[][] {
  const amountColumns = filled?.amounts ?? layoutColumns(layout);
  if (layout.rows === 'two-sided') {
    const sides = layout.sides ?? { income: '收入', expenditure: '支出' };
    const income = filled?.income ?? [{ key: 'total', path: [LEAD.measure[profile.phase]] }];
    return [
      [sides.income, LEAD.item],
      ...income.map((c) => [sides.income, ...c.path]),
      [sides.expenditure, LEAD.item],
      ...amountColumns.map((c) => [sides.expenditure, ...c.path]),
    ];
  }
  if (layout.rows === 'three-public-columns') {
    const [abroad, reception, cars, purchase, running] = LEAD.threePublic;
    const car = [LEAD.threePublicGroup, cars];
    return [
      [LEAD.threePublicGroup, LEAD.total],
      [LEAD.threePublicGroup, abroad],
      [LEAD.threePublicGroup, reception],
      [...car, LEAD.subtotal],
      [...car, purchase.replace(/^其中：公务用车/, '')],
      [...car, running.replace(/^公务用车/, '')],
      [LEAD.agencyOperating],
    ];
  }
  const amounts = amountColumns.map((c) => [...(layout.group ? [layout.group] : []), ...c.path]);
  if (layout.rows === 'grid') return layout.header ?? [...(layout.lead ?? []).map((label) => [label]), ...amounts];
  if (layout.rows === 'items') return [[LEAD.item], ...amounts];
  const above = layout.group ? [LEAD.item] : [];
  if (layout.rows === 'units') return [[...above, LEAD.unit], ...amounts];
  const scheme = SIDE_NAME[layout.rows];
  const codes =
    profile.codes === 'split'
      ? LEAD.split.slice(0, scheme === 'economic' ? 2 : 3).map((level) => [...above, LEAD.code[scheme], level])
      : [[...above, LEAD.code[scheme]]];
  return [...codes, [...above, LEAD.name[scheme]], ...amounts];
}

/** How many lead (code and name) columns come before the amounts. */
export function leadCount(profile: TemplateProfile, layout: TableLayout): number {
  if (layout.rows === 'two-sided' || layout.rows === 'three-public-columns') return 0;
  if (layout.rows === 'items' || layout.rows === 'units') return 1;
  if (layout.rows === 'grid') return layout.lead?.length ?? 0;
  return profile.codes === 'split' ? (layout.rows === 'economic' ? 3 : 4) : 2;
}

const numberCell = (amount: Amount | undefined, from: MoneyUnit, to: MoneyUnit): Cell => {
  if (!amount) return null;
  const value = convertUnit(amount, from, to);
  return { number: formatAmount(value), decimals: value.scale };
};

function codeCells(profile: TemplateProfile, layout: TableLayout, code: string | null): Cell[] {
  if (profile.codes === 'single') return [text(code ?? '')];
  const parts = layout.rows === 'economic' ? [3, 5] : [3, 5, 7];
  return parts.map((end, i) => text(code && code.length >= end ? code.slice(i === 0 ? 0 : (parts[i - 1] as number), end) : ''));
}

/** A classified table's rows: code, name and amounts; the 合计 row alone when nothing is filled. */
function classifiedRows(
  profile: TemplateProfile,
  layout: TableLayout,
  table: Table | undefined,
  columns: SheetColumn[],
  unit: MoneyUnit,
): Cell[][] {
  const rows = table?.rows ?? [];
  const amounts = (row: Row | null) =>
    columns.map((c) => (row ? numberCell(row.values[c.key], table?.unit ?? unit, unit) : null));
  const leads = (row: Row) =>
    layout.rows === 'items' || layout.rows === 'units'
      ? [text(row.label.trim() || row.name)]
      : [...codeCells(profile, layout, row.isTotal ? null : row.code), text(row.label.trim() || row.name)];
  const out = rows.map((row) => [...leads(row), ...amounts(row)]);
  if (!rows.some((r) => r.isTotal)) {
    const blank = Array.from({ length: leadCount(profile, layout) - 1 }, () => null);
    const items =
      layout.rows === 'items' && rows.length === 0 ? LEAD.threePublic.map((item) => [text(item), ...amounts(null)]) : [];
    out.push(...items, [...blank, text(LEAD.total, true), ...amounts(null)]);
  }
  return out;
}

/** A two-sided table: income items and their total on the left, spending by 类 on the right, row by row. */
function twoSidedRows(
  layout: TableLayout,
  table: Table | undefined,
  columns: { income: SheetColumn[]; amounts: SheetColumn[] },
  unit: MoneyUnit,
): Cell[][] {
  const from = table?.unit ?? unit;
  const income = table?.rows.filter((r) => r.side === 'income') ?? [];
  const spending = table?.rows.filter((r) => r.side === 'expenditure') ?? [];
  if (!table) {
    const items = layout.incomeItems ?? [];
    return [
      ...items.map((key, i) => [text(`${i + 1}. ${columnText({ key })}`)]),
      [text(LEAD.incomeTotal, true), null, text(LEAD.expenditureTotal, true)],
      ...(layout.balanceRows ?? []).map(([income, spending]) => [text(income), null, text(spending)]),
      [text(LEAD.incomeGrandTotal, true), null, text(LEAD.expenditureGrandTotal, true)],
    ];
  }
  const count = Math.max(income.length, spending.length);
  return Array.from({ length: count }, (_, i) => {
    const left = income[i];
    const right = spending[i];
    return [
      text(left?.label.trim() ?? ''),
      ...columns.income.map((c) => (left ? numberCell(left.values[c.key], from, unit) : null)),
      text(right?.label.trim() ?? ''),
      ...columns.amounts.map((c) => (right ? numberCell(right.values[c.key], from, unit) : null)),
    ];
  });
}

/**
 * The rows that fill the five item columns of Shanghai's 三公 sheet (LEAD.threePublic's order), named
 * by the vocabulary the checker names them by: 出国, 接待, the vehicles' subtotal, then its two parts.
 */
const THREE_PUBLIC_ROWS = [
  THREE_PUBLIC.travel,
  THREE_PUBLIC.reception,
  THREE_PUBLIC.vehicle,
  THREE_PUBLIC.purchase,
  THREE_PUBLIC.running,
];

/** Shanghai's 三公 table, one row: each item a column, then the 机关运行经费. */
function threePublicColumnsRow(doc: BudgetDocument | undefined, unit: MoneyUnit): Cell[][] {
  const three = doc?.tables.find((t) => t.kind === 'three_public');
  const agency = doc?.tables.find((t) => t.kind === 'agency_operating');
  if (!three && !agency) return [];
  const named = (item: RegExp) => three?.rows.find((r) => !r.isTotal && item.test(normalizeName(r.name)));
  const value = (row: Row | undefined, table: Table | undefined) => numberCell(row?.values.total, table?.unit ?? unit, unit);
  const total = three?.rows.find((r) => r.isTotal);
  const agencyRow = agency?.rows.find((r) => r.isTotal) ?? agency?.rows[0];
  return [[value(total, three), ...THREE_PUBLIC_ROWS.map((item) => value(named(item), three)), value(agencyRow, agency)]];
}

/**
 * The table of `fill` a sheet takes, and the layout it is printed in: the first of its kind; a table
 * by classification when its rows carry codes, else by unit where the sheet takes that layout (a
 * per-unit 收入总表), else none (left to be filled).
 */
function sourceTable(layout: TableLayout, fill: BudgetDocument | undefined): { table?: Table; layout: TableLayout } {
  if (layout.rows === 'grid') {
    // As the writer prints them: several 绩效目标表 (one per project) joined into one, the first with rows of a kind.
    const kind = layout.kinds[0] as TableKind;
    const tables = fill ? orderedTables(fill, [[kind, layout.title]]).filter(({ table }) => table.kind === kind) : [];
    return { table: tables.find(({ table }) => table.rows.length > 0)?.table, layout };
  }
  const table = fill?.tables.find((t) => t.kind === layout.kinds[0]);
  if (!table || (layout.rows !== 'function' && layout.rows !== 'economic')) return { table, layout };
  if (table.rows.some((r) => !r.isTotal && r.code)) return { table, layout };
  const byUnit = layout.byUnit && table.rows.some((r) => !r.isTotal && Object.keys(r.values).length > 0);
  return byUnit ? { table, layout: { ...layout, rows: 'units' } } : { layout };
}

function tableSheet(profile: TemplateProfile, sheetLayout: TableLayout, name: string, options: TemplateOptions): Sheet {
  const { table, layout } = sourceTable(sheetLayout, options.fill);
  if (layout.rows === 'grid') return gridSheet(profile, layout, name, options, table);
  // Filled, the figures stay in the unit the document printed them in (no rounding is undone).
  const unit = (layout.rows === 'three-public-columns' ? undefined : table?.unit) ?? layout.unit ?? profile.unit;
  const filled =
    table && layout.rows !== 'three-public-columns'
      ? {
          income: layout.rows === 'two-sided' ? filledColumns(layout, table, 'income') : undefined,
          amounts: filledColumns(layout, table, layout.rows === 'two-sided' ? 'expenditure' : undefined),
        }
      : undefined;
  const paths = columnPaths(profile, layout, filled);
  const last = paths.length - 1;
  const top = topRows(profile, layout, options, unit, paths.length);
  const header = headerCells(paths, top.length);
  let body: Cell[][];
  const amounts = filled?.amounts ?? layoutColumns(layout);
  if (layout.rows === 'two-sided')
    body = twoSidedRows(layout, table, { income: filled?.income ?? [{ key: 'total', path: [] }], amounts }, unit);
  else if (layout.rows === 'three-public-columns') body = threePublicColumnsRow(options.fill, unit);
  else body = classifiedRows(profile, layout, table, amounts, unit);
  // An empty table keeps its statement under it: what makes it a table published empty, not one unfilled.
  const given = options.fill?.tables.find((t) => t.kind === layout.kinds[0]);
  if (given?.empty && given.emptyStatement) body.push([text(given.emptyStatement.text)]);
  const lead = leadCount(profile, layout);
  const widths = paths.map((_, i) =>
    i < lead
      ? i === lead - 1
        ? 36
        : profile.codes === 'split'
          ? 6
          : 12
      : layout.rows === 'two-sided' && i % 2 === 0 && i < 3
        ? 32
        : 16,
  );
  return {
    name,
    rows: [...top, ...header.rows, ...body],
    merges: [...(last > 0 ? [`A1:${columnLetters(last)}1`] : []), ...header.merges],
    widths,
    frozenRows: top.length + header.rows.length,
  };
}

/** The title, 编制部门 and unit lines over a table (the unit at the right end of its width), and a blank line. */
const TOP_ROWS = 4;
function topRows(
  profile: TemplateProfile,
  layout: TableLayout,
  options: TemplateOptions,
  unit: MoneyUnit,
  width: number,
): Cell[][] {
  return [
    [text(tableTitle(profile, layout, options.year), true)],
    [],
    [
      text(`编制部门：${options.department ?? ''}`),
      ...Array.from({ length: Math.max(0, width - 2) }, () => null),
      text(`单位：${unit}`),
    ],
    [],
  ];
}

/**
 * A 项目支出, 政府采购 or 绩效目标 sheet: filled, the table as the writer prints it (grid-sheet.ts);
 * unfilled, its header and a 合计 row to fill above.
 */
function gridSheet(profile: TemplateProfile, layout: TableLayout, name: string, options: TemplateOptions, table?: Table): Sheet {
  const unit = table?.unit ?? layout.unit ?? profile.unit;
  const paths = columnPaths(profile, layout);
  const header = headerCells(paths, TOP_ROWS);
  const lead = leadCount(profile, layout);
  const cells = table
    ? filledGrid(table, TOP_ROWS, options.fill?.department ?? options.department ?? '')
    : {
        rows: [...header.rows, ...(lead > 0 ? [[...Array.from({ length: lead - 1 }, () => null), text(LEAD.total, true)]] : [])],
        merges: header.merges,
        width: paths.length,
      };
  const last = cells.width - 1;
  return {
    name,
    rows: [...topRows(profile, layout, options, unit, cells.width), ...cells.rows],
    merges: [...(last > 0 ? [`A1:${columnLetters(last)}1`] : []), ...cells.merges],
    widths: Array.from({ length: cells.width }, (_, i) => (i < 2 ? 24 : 16)),
    frozenRows: TOP_ROWS + (table ? 0 : header.rows.length),
  };
}

function coverSheet(profile: TemplateProfile, options: TemplateOptions): Sheet {
  const row = (label: string, value: string): Cell[] => [text(label, true), text(value)];
  return {
    name: COVER_SHEET.name,
    rows: [
      [text(`${options.department ?? ''}${options.year}年${LEAD.scope[profile.scope]}${LEAD.document[profile.phase]}`, true)],
      row(COVER_SHEET.department, options.department ?? ''),
      row(COVER_SHEET.year, String(options.year)),
      row(COVER_SHEET.unit, profile.unit),
      row(COVER_SHEET.template, profile.id),
    ],
    widths: [12, 48],
  };
}

function textSheet(profile: TemplateProfile, options: TemplateOptions): Sheet {
  const writer = writerProfile(profile.id);
  const keys = writer ? profileTextKeys(writer) : [];
  const given = options.texts ?? {};
  const all = [...keys, ...Object.keys(given).filter((k) => !keys.includes(k))];
  return {
    name: TEXT_SHEET.name,
    rows: [[text(TEXT_SHEET.heading, true), text(TEXT_SHEET.body, true)], ...all.map((k) => [text(k), text(given[k] ?? '')])],
    widths: [28, 100],
    frozenRows: 1,
  };
}

export function templateSheets(profile: TemplateProfile, options: TemplateOptions): Sheet[] {
  const names = tableSheetNames(profile);
  return [
    coverSheet(profile, options),
    // The texts before the tables: an untitled sheet after the last table would read as its continuation.
    textSheet(profile, options),
    ...profile.tables.map((layout, i) => tableSheet(profile, layout, names[i] as string, options)),
  ];
}

export function templateBytes(profile: TemplateProfile, options: TemplateOptions): Buffer {
  return workbookBytes(templateSheets(profile, options));
}
