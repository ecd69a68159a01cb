import type { Cell, GridRow, TextStyle } from '../adapters/blocks.js';
import { isAmountText, printsNoAmount } from '../model/amount.js';
import { compact } from '../model/names.js';
import { type ColumnMeaning, columnMeaning, groupHolds, isFallbackKey, sideGroups } from './column-keys.js';

/** Header rows, data rows and the meaning of each column position. */
export interface GridLayout {
  headerRows: GridRow[];
  dataRows: GridRow[];
  /** Column-number rows (栏次 1 2 3 …) seen and skipped. */
  numberRows: GridRow[];
  columns: LayoutColumn[];
}

export interface LayoutColumn extends ColumnMeaning {
  index: number;
  path: string[];
  /** Side-by-side halves of one table (经济分类 | 科目名称 | 决算数 twice): 0, 1, … */
  panel?: number;
}

const HEADER_FIRST = new RegExp(
  '^(?:项目|序号|收入|支出|本年收入|本年支出|收入预算|支出预算|类|类型|科目编码|科目名称|科目代码|(?:支出)?功能分类科目(?:名称|编码)?|经济分类科目(?:名称|编码)?|政府(?:预算)?支出经济分类科目|单位(?:编码|代码)|部门[(（]单位[)）]名称|单位名称|部门预算支出经济(?:分类)?科目(?:名称)?|支出部门经济分类科目|' +
    '收入科目编码|部门[/／]单位[/／]项目名称|政府采购项目来源|采购类别|项目名称|国有资本经营预算收入|国有资本经营预算支出|部门[(（]单位[)）])$',
);

/** A character that is a digit, or becomes one under NFKC (full-width, circled, super- and subscript). */
const MAY_BE_NUMBER = /[\d０-９\u2460-\u2473\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]/;

/** 栏次 rows and `** 1 2 3` rows that only number the columns. */
export function isColumnNumberRow(row: GridRow): boolean {
  // Most rows have fewer than two cells with any digit (NFKC digits included): no need to look closer.
  let digits = 0;
  for (const c of row.cells) if (MAY_BE_NUMBER.test(c.text) && ++digits >= 2) break;
  // A one-column table numbers its columns `** 1` (杭州's empty 国有资本经营预算支出预算表).
  const starred = digits === 1 && row.cells.some((c) => c.text.trim().startsWith('*'));
  if (digits < 2 && !starred) return false;
  const texts = row.cells.map((c) => compact(c.text)).filter((t) => t !== '');
  const numbers = texts.filter((t) => /^\d{1,2}$/.test(t));
  if (numbers.length < 2 && !(starred && numbers[0] === '1')) return false;
  const others = texts.filter((t) => !/^\d{1,2}$/.test(t));
  if (!others.every((t) => /^(?:栏次|序号|行次|\*+|[A-Z])$/.test(t))) return false;
  return numbers.every((n, i) => i === 0 || Number(n) === Number(numbers[i - 1]) + 1);
}

function hasAmount(row: GridRow): boolean {
  return row.cells.some((c) => isAmountText(c.text));
}

function isHeaderRow(row: GridRow): boolean {
  if (hasAmount(row)) return false;
  const first = row.cells.find((c) => c.text !== '');
  if (!first) return true;
  if (first.col > 0) return true;
  return HEADER_FIRST.test(compact(first.text));
}

/** In an explicit grid, the rows above the first amount are header — unless they read like numbered items. */
function isGridHeaderRow(row: GridRow): boolean {
  if (hasAmount(row)) return false;
  const texts = row.cells.map((c) => compact(c.text)).filter((t) => t !== '');
  // A lone 合计 is the total row of an empty table, not a header label.
  if (texts.length === 1 && /^(?:合计|总计|小计)$/.test(texts[0] as string)) return false;
  const first = texts[0] ?? '';
  return !/^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]\D|[(（][一二三四五六七八九十\d]+[)）])/.test(first);
}

export function splitHeader(
  rows: GridRow[],
  style: TextStyle = 'tsv',
): { headerRows: GridRow[]; dataRows: GridRow[]; numberRows: GridRow[] } {
  // Whether each row numbers the columns, asked once a row: the header's search and the data's loop both need it.
  const numbering = rows.map(isColumnNumberRow);
  const numberIndex = numbering.indexOf(true);
  const headerRows: GridRow[] = [];
  const numberRows: GridRow[] = [];
  let firstData: GridRow | null = null;
  let i = 0;
  if (numberIndex >= 0 && numberIndex <= 4) {
    // Everything above the 栏次 row is header.
    for (; i < numberIndex; i++) headerRows.push(rows[i] as GridRow);
    numberRows.push(rows[i] as GridRow);
    i++;
  } else {
    // Explicit grids say how far down a merged header cell reaches: rows it covers are header too.
    let coveredUntil = -1;
    // A grid without any amount (a list of units) has no first amount row to end its header: only
    // its merged cells say that a second row is header.
    const anchored = rows.some(hasAmount);
    for (; i < rows.length && i < 5; i++) {
      const row = rows[i] as GridRow;
      if (numbering[i]) {
        numberRows.push(row);
        continue;
      }
      const mixed = style === 'grid' ? splitTotalFromHeader(headerRows, row) : null;
      if (mixed) {
        headerRows.push(mixed.header);
        firstData = mixed.data;
        i++;
        break;
      }
      // In a grid, a row below the merged header cells with only its first cell filled is
      // the first row of an empty table, not more header.
      const header =
        style === 'grid'
          ? isGridHeaderRow(row) &&
            (i <= coveredUntil ||
              i === 0 ||
              (anchored ? row.cells.some((c) => c.text !== '' && c.col > 0) : underGroup(headerRows, row)))
          : isHeaderRow(row) || (i <= coveredUntil && !hasAmount(row));
      if (!header) break;
      headerRows.push(row);
      for (const c of row.cells) if ((c.rowSpan ?? 1) > 1) coveredUntil = Math.max(coveredUntil, i + (c.rowSpan ?? 1) - 1);
    }
  }
  const header = new Set(headerRows.map(rowKey));
  // A repeated header starts with a header row's first cell: only such rows need their whole key.
  const firsts = new Set(headerRows.map(firstKey));
  const dataRows: GridRow[] = firstData ? [firstData] : [];
  for (; i < rows.length; i++) {
    const row = rows[i] as GridRow;
    if (numbering[i]) numberRows.push(row);
    else if (firsts.has(firstKey(row)) && header.has(rowKey(row)))
      continue; // header repeated after a page break
    else dataRows.push(row);
  }
  return { headerRows, dataRows, numberRows };
}

/**
 * An empty table's 合计 row ruled into one row with the last header row (Shanghai 决算: “合计 |
 * 合计 基本支出 项目支出” under 本年支出): the cells under a header group are header, the 合计 is data.
 */
function splitTotalFromHeader(headerRows: GridRow[], row: GridRow): { header: GridRow; data: GridRow } | null {
  const filled = row.cells.filter((c) => c.text !== '');
  const [label, ...rest] = filled;
  if (!label || rest.length < 2 || !/^(?:合计|总计)$/.test(compact(label.text)) || rest.some((c) => isAmountText(c.text)))
    return null;
  const groups = headerRows.flatMap((r) => r.cells.filter((c) => c.text !== '' && (c.span ?? 1) > 1 && c.col > label.col));
  const under = (c: Cell) => groups.some((g) => c.col >= g.col && c.col < g.col + (g.span ?? 1));
  if (!rest.every(under)) return null;
  return { header: { ...row, cells: rest }, data: { ...row, cells: [label] } };
}

/**
 * A row that divides a group cell of the header row above it. A cell above as wide as the one below
 * is no group: a spreadsheet laying a narrow table over wide sheet columns merges every cell alike.
 */
function underGroup(headerRows: GridRow[], row: GridRow): boolean {
  const above = headerRows[headerRows.length - 1];
  const groups = above?.cells.filter((c) => c.text !== '' && (c.span ?? 1) > 1) ?? [];
  return row.cells.some(
    (c) => c.text !== '' && groups.some((g) => c.col >= g.col && c.col < g.col + (g.span ?? 1) && (c.span ?? 1) < (g.span ?? 1)),
  );
}

const firstKey = (row: GridRow): string => compact(row.cells[0]?.text ?? '');

function rowKey(row: GridRow): string {
  return row.cells.map((c) => compact(c.text)).join('|');
}

function width(rows: GridRow[]): number {
  let max = 0;
  for (const r of rows) for (const c of r.cells) max = Math.max(max, c.col + (c.span ?? 1));
  return max;
}

function cellAt(row: GridRow, col: number): string {
  return row.cells[col]?.text ?? '';
}

/** Tab-separated dumps: a header cell covers the columns to its right until the next cell of its row or of its parent row. */
function positionalPaths(headerRows: GridRow[], total: number): string[][] {
  const paths: string[][] = Array.from({ length: total }, () => []);
  let boundaries = new Set<number>([0]);
  for (const row of headerRows) {
    const next = new Set<number>(boundaries);
    let label = '';
    for (let col = 0; col < total; col++) {
      if (boundaries.has(col)) label = '';
      const text = cellAt(row, col);
      if (text !== '') {
        label = text;
        next.add(col);
      }
      if (label !== '') paths[col]?.push(label);
    }
    boundaries = next;
  }
  return paths;
}

/** How far (in columns) a dump may have put a header label from its group. */
const REGROUP_WINDOW = 3;

const fits = (groups: string[], leaf: string) => groups.every((g) => groupHolds(g, leaf));

/**
 * Tab-separated dumps place header labels by guesswork too: Jilin's 收入预算总表 prints 其他收入
 * one column right, under 上年结转结余/财政拨款结转, and 上年结转结余 two columns left, over
 * 附属单位上缴收入. A column whose groups cannot hold it (this year's income under 上年结转, a
 * fiscal carry-over under 非财政拨款结转结余) belongs to the nearest group that can: it takes that
 * group's path and becomes the group's next column, the columns it passed moving over by one.
 */
export function regroupByMeaning(paths: string[][]): string[][] {
  const out = paths.map((p) => [...p]);
  for (let j = 0; j < out.length; j++) {
    const path = out[j] as string[];
    const leaf = path[path.length - 1] ?? '';
    if (fits(path.slice(0, -1), leaf)) continue;
    let k = -1;
    for (let d = 1; d <= REGROUP_WINDOW && k < 0; d++) {
      k =
        [j - d, j + d].find((c) => {
          const groups = out[c]?.slice(0, -1) ?? [];
          return groups.length > 0 && fits(groups, leaf);
        }) ?? -1;
    }
    if (k < 0) continue;
    const groups = (out[k] as string[]).slice(0, -1);
    out.splice(j, 1);
    const at = k < j ? k + 1 : k - 1;
    out.splice(at, 0, [...groups, leaf]);
    // Moved right: the column now at j has not been looked at yet.
    if (at > j) j--;
  }
  return out;
}

function isTextLabel(label: string): boolean {
  return columnMeaning([label]).type === 'text';
}

/**
 * Word dumps list only the cells that exist: a merged header cell is one cell. Rebuild spans from
 * the row below: an empty cell below means a vertical merge; a group covers the run of cells below
 * of its own nature (科目 groups cover names and codes, 收入/支出 cover one side, others amounts).
 */
function spannedPaths(headerRows: GridRow[], total: number): string[][] {
  const last = headerRows[headerRows.length - 1];
  if (!last) return Array.from({ length: total }, () => []);
  let layer: Array<{ label: string; start: number; span: number }> = [];
  // Start from the lowest header row, which has (close to) one cell per column.
  const bottom = last.cells.map((c, i) => ({ label: c.text, start: i, span: 1 }));
  while (bottom.length < total) bottom.push({ label: '', start: bottom.length, span: 1 });
  const paths: string[][] = bottom.map((c) => (c.label ? [c.label] : []));
  layer = bottom;
  for (let r = headerRows.length - 2; r >= 0; r--) {
    const upper = (headerRows[r] as GridRow).cells.map((c) => c.text);
    const assigned: Array<{ label: string; start: number; span: number }> = [];
    let pos = 0;
    for (let u = 0; u < upper.length && pos < layer.length; u++) {
      const label = upper[u] as string;
      const remainingUpper = upper.length - u - 1;
      const below = layer[pos] as { label: string; start: number; span: number };
      let span = 1;
      if (below.label !== '') {
        const first = below.label;
        const textGroup = isTextLabel(first);
        const sided = /^(?:收入|支出)$/.test(compact(label));
        while (pos + span < layer.length - remainingUpper) {
          const candidate = layer[pos + span] as { label: string };
          if (candidate.label === '') break;
          if (sided && compact(candidate.label) === compact(first)) break;
          if (!sided && isTextLabel(candidate.label) !== textGroup) break;
          span++;
        }
      }
      assigned.push({ label, start: pos, span });
      pos += span;
    }
    const merged: Array<{ label: string; start: number; span: number }> = [];
    for (const a of assigned) {
      let cols = 0;
      for (let k = a.start; k < a.start + a.span; k++) {
        const cell = layer[k] as { label: string; start: number; span: number };
        for (let c = cell.start; c < cell.start + cell.span; c++) {
          if (a.label !== '') paths[c]?.unshift(a.label);
          cols++;
        }
      }
      const firstCell = layer[a.start] as { start: number };
      merged.push({ label: a.label, start: firstCell.start, span: cols });
    }
    layer = merged;
  }
  return paths;
}

/** Explicit grids (PDF, DOCX, XLSX, HTML): a header cell covers exactly the columns of its span. */
function gridPaths(headerRows: GridRow[], total: number): string[][] {
  const paths: string[][] = Array.from({ length: total }, () => []);
  for (const row of headerRows) {
    for (const cell of row.cells) {
      if (cell.text === '') continue;
      for (let col = cell.col; col < cell.col + (cell.span ?? 1) && col < total; col++) {
        const path = paths[col] as string[];
        if (path[path.length - 1] !== cell.text) path.push(cell.text);
      }
    }
  }
  return paths;
}

function pathsFor(style: TextStyle): (headerRows: GridRow[], total: number) => string[][] {
  if (style === 'word-cells') return spannedPaths;
  if (style === 'grid') return gridPaths;
  return (headerRows, total) => regroupByMeaning(positionalPaths(headerRows, total));
}

/**
 * A table printed as two halves side by side repeats its header: the same leaf labels start again
 * after an amount column. Each half is a panel, read as its own list of rows.
 */
function assignPanels(columns: LayoutColumn[]): void {
  if (columns.some((c) => c.side !== undefined)) return;
  const first = columns.findIndex((c) => c.role === 'code' || c.role === 'label');
  if (first < 0) return;
  const width = columns.slice(first + 1).findIndex((c) => c.role === columns[first]?.role) + 1;
  if (width <= 1 || !columns.slice(first, first + width).some((c) => c.type === 'amount')) return;
  const leaf = (c: LayoutColumn | undefined) => compact(c?.path[c.path.length - 1] ?? '');
  const halves = Math.floor((columns.length - first) / width);
  if (halves < 2) return;
  for (let h = 1; h < halves; h++) {
    for (let k = 0; k < width; k++) if (leaf(columns[first + k]) !== leaf(columns[first + h * width + k])) return;
  }
  columns.forEach((c, i) => {
    c.panel = i < first ? 0 : Math.min(halves - 1, Math.floor((i - first) / width));
  });
}

/** A column that totals its side or its table, though its label names a part: its key is `total`. */
export function wholeTotal(column: LayoutColumn): void {
  column.key = 'total';
  column.because = { rule: 'whole', label: column.because.label };
}

/**
 * A side's only amount column is its total, whatever period it names: 长沙's 收支总表 prints one
 * 本年预算 column per side; so is one named by words no rule knows, the amount a one-column table is
 * about (苏州's 机关运行经费支出预算表: 机关运行经费支出 over 合计 395.60 and its 款). And where two columns name this year (长春: 本年预算 | 编制预算 |
 * 上年结转), the first is the year's whole budget, the sum of the new money and the carry-over.
 */
function periodTotals(columns: LayoutColumn[]): void {
  const bySide = new Map<string, LayoutColumn[]>();
  for (const c of columns) {
    if (c.type !== 'amount') continue;
    const id = `${c.side ?? ''}|${c.panel ?? 0}`;
    bySide.set(id, [...(bySide.get(id) ?? []), c]);
  }
  for (const own of bySide.values()) {
    const [only] = own;
    if (own.length === 1 && only && (only.key === 'current_year' || isFallbackKey(only.key))) wholeTotal(only);
    const current = own.filter((c) => c.key === 'current_year');
    if (current.length === 2 && own.some((c) => c.key === 'carryover') && !own.some((c) => c.key === 'total')) {
      wholeTotal(current[0] as LayoutColumn);
    }
  }
}

/** Two value columns of one side never share a key (合计 and 小计 both mean `total`): later ones get _2, _3. */
function uniqueKeys(columns: LayoutColumn[]): void {
  const seen = new Map<string, number>();
  for (const column of columns) {
    if (column.role === 'code' || column.role === 'label' || column.role === 'index') continue;
    const id = `${column.side ?? ''}|${column.panel ?? 0}|${column.key}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count > 1) column.key = `${column.key}_${count}`;
  }
}

/** The latest year a header path names (2026年预算数 › 总计 → 2026), or null. */
function yearOf(path: string[]): number | null {
  let year: number | null = null;
  for (const label of path) {
    const match = /(\d{4})\s*年/.exec(label);
    if (match) year = Math.max(year ?? 0, Number(match[1]));
  }
  return year;
}

/**
 * A header naming two years (重庆: 2025年预算数 | 2026年预算数 › 总计, 基本支出, 项目支出) prints last
 * year's figures beside this year's: the earlier year's columns are `prior_year` (and `prior_year_…`),
 * not the table's 合计.
 */
function markPriorYear(columns: LayoutColumn[]): void {
  const years = columns.map((c) => (c.type === 'amount' ? yearOf(c.path) : null));
  const named = years.filter((y): y is number => y !== null);
  if (new Set(named).size < 2) return;
  const latest = Math.max(...named);
  columns.forEach((column, i) => {
    const year = years[i];
    if (year === null || year === undefined || year >= latest) return;
    column.key = column.key === 'total' ? 'prior_year' : `prior_year_${column.key}`;
    column.because = { rule: 'prior_year', label: column.because.label, group: `${year}年` };
  });
}

/**
 * A column whose header no rule knows (支出项目类别（资金使用单位）, 绩效目标) is read by what it holds:
 * mostly words, not amounts, make it a text column — the row label when no label column is left of it.
 */
function textByContent(columns: LayoutColumn[], dataRows: GridRow[]): void {
  for (const column of columns) {
    if (!isFallbackKey(column.key) || column.type !== 'amount') continue;
    let words = 0;
    let amounts = 0;
    for (const row of dataRows) {
      const text = row.cells.find((c) => c.col === column.index)?.text.trim() ?? '';
      if (printsNoAmount(text)) continue;
      if (isAmountText(text)) amounts++;
      else words++;
    }
    if (words <= amounts) continue;
    const labelLeft = columns.some((c) => c.index < column.index && (c.role === 'label' || c.type === 'amount'));
    column.type = 'text';
    column.role = labelLeft ? 'text' : 'label';
    column.because = { rule: 'content', label: column.because.label };
    if (!labelLeft) column.key = 'label';
  }
}

export function buildLayout(rows: GridRow[], style: TextStyle): GridLayout {
  const { headerRows, dataRows, numberRows } = splitHeader(rows, style);
  const total = Math.max(width(headerRows), width(dataRows));
  const paths = pathsFor(style)(headerRows, total);
  const sides = sideGroups(paths);
  const columns: LayoutColumn[] = paths.map((path, index) => ({ index, path, ...columnMeaning(path, sides) }));
  textByContent(columns, dataRows);
  assignPanels(columns);
  periodTotals(columns);
  markPriorYear(columns);
  uniqueKeys(columns);
  return { headerRows, dataRows, numberRows, columns };
}

/** Each column's header path as the recognizer reads these header rows in this text style. */
export function headerPaths(style: TextStyle, headerRows: GridRow[], total: number): string[][] {
  return pathsFor(style)(headerRows, total);
}
