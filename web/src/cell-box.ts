/**
 * A finding's cell on the PDF page. The reader keeps each row's origin (page + box), not each
 * cell's; the cell is found inside the row's box in the page's own text (pdf.js's text content):
 * for an amount, the figure the table read for the cell, printed within the row — the one figure
 * equal to it, or, when the same figure is printed twice in the row, the one in the cell's place
 * among the row's printed amounts; for a text cell (指标值, 备注, a code), the pieces of text that
 * spell what the table read there, the right one when the row prints them twice (text-cell.ts).
 */
import type { CellRef, Report, Row } from './api.js';
import { rowOf } from './table-rows.js';
import { type Box, locateText, occurrence, type TextBox } from './text-cell.js';

export type { Box, TextBox };

/**
 * What to look for in a row: an amount cell's figure and its place among the row's amounts, or a
 * text cell's text (`text` true; `figure` is the text, `nth` of `of` its place among the cells of
 * the row's block printing the same words).
 */
export interface CellTarget {
  figure: string;
  nth: number;
  of: number;
  text?: boolean;
}

const AMOUNT = /^[-−]?[\d,]*\d(?:\.\d+)?$/;
const plain = (text: string) => text.replace(/[,\s]/g, '').replace('−', '-');
const sameFigure = (printed: string, read: string) => plain(printed) === plain(read) || Number(plain(printed)) === Number(read);

const textOf = (row: Row, column: string) => (column === 'code' ? (row.code ?? undefined) : row.texts?.[column]);

/**
 * A text cell's row: a 绩效 table prints a project's row and its indicators' rows in one block (one
 * origin), so the row is the one of that origin with text in the column — the finding's row by name
 * when several have.
 */
function textRow(block: Row[], column: string, name: string | undefined): Row | undefined {
  const rows = block.filter((r) => textOf(r, column) !== undefined);
  return rows.find((r) => r.name === name) ?? rows[0];
}

/** The cell a finding or a claim names (its column in its row), when the table read a figure or a text there. */
export function cellTarget(report: Report, ref: CellRef): CellTarget | null {
  if (!ref.column) return null;
  const found = rowOf(report, ref);
  if (!found) return null;
  const figure = found.row.values[ref.column];
  if (figure === undefined) {
    const block = found.table.rows.filter((r) => r.source.line === found.row.source.line);
    const row = textRow(block, ref.column, ref.row);
    const text = row && textOf(row, ref.column);
    return text ? { figure: text, ...occurrence(block, row, ref.column), text: true } : null;
  }
  // The amounts printed on the row's line, in order: its cells among those of every row read from
  // that line (a table printed across the page reads one row per item, and 上海's 三公 line ends in
  // the 机关运行经费 of another table).
  const { row } = found;
  const printed: Array<[Row, string]> = [];
  for (const table of report.tables)
    for (const r of table.rows) {
      if (r.source.line !== row.source.line || r.source.file !== row.source.file || r.side !== row.side) continue;
      const keys: string[] = [];
      for (const c of table.columns)
        if (c.type === 'amount' && c.side === r.side && !keys.includes(c.key) && r.values[c.key] !== undefined) keys.push(c.key);
      printed.push(...keys.map((key): [Row, string] => [r, key]));
    }
  return { figure, nth: printed.findIndex(([r, key]) => r === row && key === ref.column), of: printed.length };
}

/** The words of a text item, each with its share of the item's width (a line may hold several cells). */
export function words(item: TextBox): TextBox[] {
  const out: TextBox[] = [];
  const [x0, y0, x1, y1] = item.box;
  const per = item.text.length > 0 ? (x1 - x0) / item.text.length : 0;
  for (const m of item.text.matchAll(/\S+/g)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], box: [x0 + start * per, y0, x0 + (start + m[0].length) * per, y1] });
  }
  return out;
}

/** The cell's figure as the page prints it inside the row's box, or null when the page's text does not show it. */
export function locateCell(row: Box, text: TextBox[], target: CellTarget): TextBox | null {
  if (target.text) return locateText(row, text.flatMap(words), target.figure, target);
  const [rx0, ry0, rx1, ry1] = row;
  const inRow = text
    .flatMap(words)
    .filter(({ text: t, box: [x0, y0, x1, y1] }) => {
      const overlap = Math.min(y1, ry1) - Math.max(y0, ry0);
      return AMOUNT.test(t) && overlap > (y1 - y0) / 2 && x0 >= rx0 - 2 && x1 <= rx1 + 2;
    })
    .sort((a, b) => a.box[0] - b.box[0]);
  const same = inRow.filter((w) => sameFigure(w.text, target.figure));
  if (same.length === 1) return same[0] as TextBox;
  // The amounts stand right of the codes: the row's last `of` figures are its amount cells.
  const amounts = inRow.slice(-target.of);
  const placed = target.nth >= 0 && amounts.length === target.of ? amounts[target.nth] : undefined;
  return placed && sameFigure(placed.text, target.figure) ? placed : null;
}
