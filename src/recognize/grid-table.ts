import type { GridRow, TextStyle } from '../adapters/blocks.js';
import { parseAmount, printsNoAmount } from '../model/amount.js';
import { SPENDING_BY_ECONOMIC, SPENDING_BY_FUNCTION } from '../model/kinds.js';
import { codeInName, compact, joinBrokenText, NUMBERED_LABEL, normalizeName } from '../model/names.js';
import type { Amount, Column, Finding, MoneyUnit, Row, Side, Table, TableKind } from '../model/types.js';
import { hasNoDataRow } from './empty-table.js';
import { buildLayout, type GridLayout, type LayoutColumn, wholeTotal } from './header.js';
import { type Classified, EconomicHierarchy, FunctionHierarchy } from './levels.js';
import { mergePanels } from './panels.js';
import { identitiesHold, placeAmounts } from './repair.js';
import { markUnlabelledTotal, unitCodeLevels } from './row-roles.js';
import type { RawTable } from './segment.js';
import { type CodeGroup, codeGroups, SplitCodeReader } from './split-codes.js';
import { BY_ECONOMIC_CLASS, isConditionalStatement } from './vocabulary.js';

export interface RecognizeContext {
  file: string;
  style: TextStyle;
  year: number | null;
  department: string | null;
  unit: MoneyUnit;
  findings: Finding[];
  /** Funds and sources the document has no money in (from its 收支总表), for re-placing shifted cells. */
  absent: Set<string>;
}

/** Wide per-fund tables whose PDF dumps shift cells; their rows are re-placed by their identities. */
const REPAIRABLE = new Set<TableKind>(['income_summary', 'project_expenditure']);

const FUNCTION_KINDS = new Set<TableKind>(SPENDING_BY_FUNCTION);

/** A total row's name; the colon after it is the label's punctuation (长春 预算表 3 and 5: 总计：). */
export const TOTAL_NAME =
  /^(?:合计|总计|小计|部门合计|本年收入合计|本年支出合计|收入总计|支出总计|本年收入|本年支出|资产总额|.{0,12}(?:合计|小计|总计))[:：]?$/;

/**
 * 合计 rows, and the row of the department that aggregates its units — once: the same name again
 * below it is the department's own unit (杭州市公安局 404,415.23, then 杭州市公安局 113,529.06 本级).
 */
function isTotalName(name: string, department: string | null, departmentSeen: boolean): boolean {
  if (TOTAL_NAME.test(name)) return true;
  return department !== null && normalizeName(department) === name && !departmentSeen;
}

function sidesOf(columns: LayoutColumn[]): Array<Side | undefined> {
  const sides = new Set(columns.map((c) => c.side));
  if (sides.has('income') && sides.has('expenditure')) return ['income', 'expenditure'];
  return [undefined];
}

interface SideColumns {
  side: Side | undefined;
  label: LayoutColumn[];
  /** The row's code columns: one (2011301), or split over 类 | 款 | 项 (201 | 13 | 01). */
  codes: LayoutColumn[];
  /** Other code runs, each coding a name column beside it (政府预算支出经济分类 → gov_economic_code). */
  linkedCodes: CodeGroup[];
  amounts: LayoutColumn[];
  texts: LayoutColumn[];
  /** First grid column of this side or panel: a label is never looked for left of it. */
  from: number;
}

/**
 * Rows by function and economic classification (2013601-行政运行 | 30101-基本工资) are named by their
 * function; the economic classification is a text of the row.
 */
function economicTexts(columns: LayoutColumn[]): LayoutColumn[] {
  return columns.some((c) => c.key === 'label') ? columns.filter((c) => c.key === 'economic_name') : [];
}

function sideColumns(columns: LayoutColumn[], side: Side | undefined): SideColumns {
  const own = side ? columns.filter((c) => c.side === side) : columns;
  let label = own.filter((c) => c.role === 'label');
  // A per-unit table names its rows by 部门（单位）名称, or by the unit's code alone (北京: 015, 015001).
  if (label.length === 0) label = own.filter((c) => c.key === 'unit_name');
  if (label.length === 0) label = own.filter((c) => c.key === 'unit_code');
  const economic = economicTexts(label);
  label = label.filter((c) => !economic.includes(c));
  // Each level of a catalogue is kept as a text too: the label is only the deepest.
  const levels = label.filter((c) => c.key.startsWith('category_'));
  const groups = codeGroups(own);
  return {
    side,
    label,
    codes: groups.find((g) => g.key === null)?.columns ?? [],
    linkedCodes: groups.filter((g) => g.key !== null),
    amounts: own.filter((c) => c.type === 'amount'),
    texts: [...economic, ...levels, ...own.filter((c) => c.type === 'text' && c.role === 'text' && !label.includes(c))],
    from: own.some((c) => (c.panel ?? 0) > 0) ? Math.min(...own.map((c) => c.index)) : 0,
  };
}

function cell(row: GridRow, index: number): string {
  return row.cells[index]?.text ?? '';
}

/** A long digit string in a name column is a project code, not money. */
function looksLikeMoney(text: string): boolean {
  const amount = parseAmount(text);
  return amount !== null && amount.raw.replace(/\D/g, '').length < 13;
}

/** Levels named by the column a row's name is printed in (project tables, catalogues by level). */
const LEVEL_COLUMNS: Record<string, number> = {
  project_type: 1,
  project_l1: 2,
  project_l2: 3,
  category_l1: 1,
  category_l2: 2,
  category_l3: 3,
};

/**
 * The label of a row: the first non-empty label column; project tables say which level by which
 * column. A catalogue filling every level on each row is named by its deepest level.
 */
function labelOf(row: GridRow, cols: SideColumns): { label: string; column: LayoutColumn | undefined } {
  const deepestFirst = [...cols.label].sort((a, b) => (LEVEL_COLUMNS[b.key] ?? 0) - (LEVEL_COLUMNS[a.key] ?? 0));
  const order = cols.label.some((c) => c.key.startsWith('category_')) ? deepestFirst : cols.label;
  for (const c of order) {
    const text = cell(row, c.index);
    if (text !== '' && (!looksLikeMoney(text) || c.key === 'unit_code')) return { label: text, column: c };
  }
  // No label column, or a shifted label: the first text cell before the amounts.
  const firstAmount = cols.amounts[0]?.index ?? Number.POSITIVE_INFINITY;
  const ownIndexes = new Set([...cols.label, ...cols.amounts, ...cols.texts].map((c) => c.index));
  for (const c of row.cells) {
    if (c.col < cols.from) continue;
    if (c.col >= firstAmount) break;
    if (c.text !== '' && !looksLikeMoney(c.text) && (ownIndexes.has(c.col) || cols.side === undefined)) {
      return { label: c.text, column: undefined };
    }
  }
  return { label: '', column: undefined };
}

function amountsOf(row: GridRow, cols: SideColumns, ctx: RecognizeContext, tableKind: TableKind): Record<string, Amount> {
  const values: Record<string, Amount> = {};
  for (const c of cols.amounts) {
    const text = cell(row, c.index);
    if (printsNoAmount(text)) continue;
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

function textsOf(row: GridRow, cols: SideColumns, linkedReaders: SplitCodeReader[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const c of cols.texts) {
    const text = joinBrokenText(cell(row, c.index));
    if (text !== '') texts[c.key] = text;
  }
  cols.linkedCodes.forEach((group, i) => {
    const { code } = (linkedReaders[i] as SplitCodeReader).read(group.columns.map((c) => cell(row, c.index)));
    if (code) texts[group.key as string] = code;
  });
  return texts;
}

/**
 * A table printed by economic classification, whatever its kind: its title or the header over its code
 * and name columns says so (一般公共预算支出经济分类情况表, 项目支出情况表（按经济分类科目）), or it is a
 * table by economic classification (kinds.ts) whose names do not say 功能.
 */
function classifier(kind: TableKind, side: Side | undefined, layout: LayoutColumn[], ctx: RecognizeContext, title: string) {
  // A procurement table lists purchases under 货物/工程/服务 and units, named by their economic 款 at most
  // (苏州: 货物 › 苏州市审计局 › 办公费 | 复印纸): no classification tree whose levels add up.
  if (kind === 'procurement') return null;
  const names = layout.filter((c) => c.role === 'code' || c.role === 'label').flatMap((c) => c.path.map(compact));
  const economic =
    !names.some((p) => p.includes('功能')) &&
    (SPENDING_BY_ECONOMIC.includes(kind) ||
      BY_ECONOMIC_CLASS.test(compact(title)) ||
      names.some((p) => BY_ECONOMIC_CLASS.test(p)));
  if (economic && kind !== 'income_summary' && side !== 'income') return new EconomicHierarchy(ctx.year);
  const functionTable =
    FUNCTION_KINDS.has(kind) ||
    side === 'expenditure' ||
    (kind === 'income_summary' && layout.some((c) => c.role === 'code' || c.path.some((p) => /功能分类/.test(p))));
  return functionTable ? new FunctionHierarchy(ctx.year) : null;
}

/** Re-place a row's amounts when their printed positions break the table's identities. */
function realign(
  row: GridRow,
  cols: SideColumns,
  values: Record<string, Amount>,
  ctx: RecognizeContext,
  realigned: number[],
): Record<string, Amount> {
  const keys = new Set(cols.amounts.map((c) => c.key));
  const inAbsent = Object.keys(values).some((k) => ctx.absent.has(k));
  const lost = row.cells.some(
    (c) => c.col > (cols.amounts[0]?.index ?? 0) && parseAmount(c.text) && !cols.amounts.some((a) => a.index === c.col),
  );
  if (identitiesHold(new Map(Object.entries(values)), keys) && !inAbsent && !lost) return values;
  const first = cols.amounts[0]?.index ?? 0;
  const positioned = row.cells
    .filter((c) => c.col >= first - 1 && looksLikeMoney(c.text))
    .map((c) => ({ position: c.col, amount: parseAmount(c.text) as Amount }));
  const placement = placeAmounts(
    positioned,
    cols.amounts.map((c) => ({ key: c.key, position: c.index })),
    ctx.absent,
  );
  if (!placement) return values;
  const placed = Object.fromEntries(placement);
  const moved = Object.keys(placed).filter((k) => values[k]?.raw !== placed[k]?.raw);
  if (moved.length > 0) realigned.push(row.line);
  return placed;
}

const NOT_CLASSIFIED = /^(?:结转下年(?:支出)?|年终结转(?:结余)?|年末(?:财政拨款)?结转和结余|结余分配)$/;

function tableColumns(layout: LayoutColumn[]): Column[] {
  const economic = economicTexts(layout);
  const linked = new Map(
    codeGroups(layout)
      .filter((g) => g.key !== null)
      .map((g) => [(g.columns[0] as LayoutColumn).index, g]),
  );
  const kept = (c: LayoutColumn) =>
    c.type === 'amount' || c.role === 'text' || economic.includes(c) || c.key.startsWith('category_') || linked.has(c.index);
  return layout.filter(kept).map((c) => {
    const group = linked.get(c.index);
    if (group)
      return {
        key: group.key as string,
        label: group.columns.map((g) => g.path.join('/')).join(' '),
        path: [],
        type: 'text' as const,
      };
    const col: Column = {
      key: c.key,
      label: joinBrokenText(c.path[c.path.length - 1] ?? ''),
      path: c.path.map(joinBrokenText),
      type: c.type,
      because: c.because,
    };
    if (c.side) col.side = c.side;
    return col;
  });
}

/**
 * A 基本支出表 headed 基本支出 › 总计 | 人员经费 | 公用经费 (重庆): the whole table is 基本支出, so its
 * 总计 is the table's `total`, as in the tables that print 合计 at the top.
 */
function basicTableTotal(kind: TableKind, columns: LayoutColumn[]): void {
  if (kind !== 'general_budget_basic_expenditure' || columns.some((c) => c.key === 'total')) return;
  const basic = columns.find((c) => c.key === 'basic');
  if (basic) wholeTotal(basic);
}

export function buildGridTable(
  raw: RawTable,
  kind: TableKind,
  ctx: RecognizeContext,
  layout: GridLayout = buildLayout(raw.rows, ctx.style),
): Table {
  basicTableTotal(kind, layout.columns);
  const unit = raw.unit ?? ctx.unit;
  const sides = sidesOf(layout.columns);
  const panels = [...new Set(layout.columns.map((c) => c.panel ?? 0))];
  // Two-sided tables read side by side; tables printed in panels (人员经费 | 公用经费 halves) panel by panel.
  const perSide =
    sides.length === 1 && panels.length > 1
      ? panels.map((panel) => ({
          cols: sideColumns(
            layout.columns.filter((c) => (c.panel ?? 0) === panel),
            undefined,
          ),
          hierarchy: classifier(kind, undefined, layout.columns, ctx, raw.title),
        }))
      : sides.map((side) => ({
          cols: sideColumns(layout.columns, side),
          hierarchy: classifier(kind, side, layout.columns, ctx, raw.title),
        }));
  const readers = perSide.map(({ cols }) => ({
    code: new SplitCodeReader(),
    linked: cols.linkedCodes.map(() => new SplitCodeReader()),
  }));
  const byPanel: Row[][] = perSide.map(() => []);
  const rows: Row[] = [];
  const realigned: number[] = [];
  const malformedCodes: Array<{ line: number; printed: string; name: string }> = [];
  const departmentSeen = new Set<Side | undefined>();
  for (const gridRow of layout.dataRows) {
    for (const [panelIndex, { cols, hierarchy }] of perSide.entries()) {
      const reader = readers[panelIndex] as (typeof readers)[number];
      const { label, column } = labelOf(gridRow, cols);
      let values = amountsOf(gridRow, cols, ctx, kind);
      if (REPAIRABLE.has(kind) && ctx.style === 'tsv') values = realign(gridRow, cols, values, ctx, realigned);
      if (label === '' && Object.keys(values).length === 0) continue;
      const parts = cols.codes.map((c) => compact(cell(gridRow, c.index)));
      const { code: joinedCode, malformed } = reader.code.read(parts);
      // No code column, or an empty one: the code may be printed in the name cell
      // ([201]一般公共服务支出, 2013601-行政运行).
      const inName = joinedCode || malformed ? null : codeInName(label);
      const printedCode = joinedCode ?? inName?.code ?? null;
      const name = normalizeName(inName?.name ?? label);
      if (malformed) malformedCodes.push({ line: gridRow.line, printed: parts.filter((p) => p !== '').join(' '), name: label });
      const isTotal =
        isTotalName(name, ctx.department, departmentSeen.has(cols.side)) && !(printedCode && /^\d+$/.test(printedCode));
      if (isTotal && !TOTAL_NAME.test(name)) {
        departmentSeen.add(cols.side);
        // The department's row of a per-unit table groups the rows below it, as a unit's row does.
        if (hierarchy instanceof EconomicHierarchy) hierarchy.startGroup();
      }
      let classified: Classified = { level: null, code: null, codeSource: null };
      if ((kind === 'project_expenditure' || column?.key.startsWith('category_')) && column) {
        const level = LEVEL_COLUMNS[column.key];
        if (level !== undefined && !isTotal) classified = { level, code: null, codeSource: null };
      } else if (hierarchy && !isTotal && !NOT_CLASSIFIED.test(name) && name !== '') {
        classified = hierarchy.classify(
          name,
          printedCode && /^\d+$/.test(printedCode) ? printedCode : null,
          NUMBERED_LABEL.test(label),
          values.total,
        );
      }
      const row: Row = {
        label,
        name,
        code: classified.code,
        codeSource: classified.codeSource,
        level: classified.level,
        isTotal,
        values,
        texts: textsOf(gridRow, cols, reader.linked),
        source: { file: ctx.file, line: gridRow.line },
      };
      if (cols.side) row.side = cols.side;
      if (panels.length > 1 && sides.length === 1) byPanel[panelIndex]?.push(row);
      else rows.push(row);
    }
  }
  let panelColumns: Column[] | null = null;
  if (byPanel.length > 1 && sides.length === 1 && panels.length > 1) {
    const merged = mergePanels(byPanel, tableColumns(layout.columns));
    rows.push(...merged.rows);
    panelColumns = merged.columns;
  }
  for (const bad of malformedCodes) {
    const row = rows.find((r) => r.source.line === bad.line);
    const resolved = row?.code ? `，按名称和上级科目应为 ${row.code}` : '';
    const resolvedEn = row?.code ? `; by its name and parents it is ${row.code}` : '';
    ctx.findings.push({
      rule: 'reader/malformed-code',
      severity: 'warning',
      message: `${raw.title}：“${bad.name}”的科目编码印为 “${bad.printed}”，类编码应为三位数字${resolved} / ${raw.title}: the code of "${bad.name}" is printed "${bad.printed}", whose 类 part is not three digits${resolvedEn}`,
      table: kind,
      row: bad.name,
      column: 'code',
      actual: bad.printed,
      ...(row?.code ? { expected: row.code } : {}),
      source: { file: ctx.file, line: bad.line },
    });
  }
  if (realigned.length > 0) {
    ctx.findings.push({
      rule: 'reader/realigned-cells',
      severity: 'info',
      message: `${raw.title}：${realigned.length} 行的金额在文本中错位，已按表内勾稽关系重新对齐（行 ${realigned.join('、')}） / ${realigned.length} rows had amounts shifted in the text and were re-placed by the table's identities`,
      table: kind,
      source: { file: ctx.file, line: realigned[0] as number },
    });
  }
  markUnlabelledTotal(rows);
  if (layout.columns.some((c) => c.key === 'unit_code')) unitCodeLevels(rows);
  const columns = panelColumns ?? tableColumns(layout.columns);
  const empty = hasNoDataRow(rows, columns, raw.emptyStatement);
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
  // “此表如无数字则表示单位无该项支出” says why the table would be empty: it is a note where the table is not.
  if (raw.emptyStatement && !empty && isConditionalStatement(raw.emptyStatement.text))
    table.notes = [...raw.notes, raw.emptyStatement];
  else if (raw.emptyStatement) table.emptyStatement = raw.emptyStatement;
  return table;
}
