/**
 * A text cell (a performance indicator's 指标值 "<=134 万元", a 备注, a code) on the PDF page: the
 * pieces of the page's text inside the row's box that together print the cell's text. A cell's text
 * may be split in pieces — words on one line, or lines wrapped in its column ("<=134 万" above "元")
 * — so pieces that touch (side by side on a line, or one under another in a column) are grouped, and
 * the run of a group's pieces in reading order that spells the cell's text is the cell. When the
 * same words are printed in several cells of the row (否 under 是否政府购买服务 and 是否政府采购; one
 * 指标值 for two indicators of a block), the cell's place among them in the table (row by row, then
 * its column) picks the one in that place on the page. Not found as often as the table prints it:
 * null, and the row stays boxed.
 */

export type Box = [number, number, number, number];

/** A piece of the page's text and its box, in PDF points from the page's top-left corner. */
export interface TextBox {
  text: string;
  box: Box;
}

/** A cell's place among the cells of its row block that print the same text (0-based), and how many do. */
export interface Occurrence {
  nth: number;
  of: number;
}

/** What a row prints as text, as the API gives it (texts in the reader's order: left to right). */
export interface PrintedRow {
  code: string | null;
  label: string;
  texts?: Record<string, string>;
}

const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * The text cells a block of rows (the rows of one origin, top to bottom) prints, in reading order:
 * each row's code, its label (unless a text cell prints the same words: the label was taken from
 * it), then its text cells left to right.
 */
function printedCells(rows: PrintedRow[]): Array<{ row: PrintedRow; column: string; text: string }> {
  return rows.flatMap((row) => {
    const texts = Object.entries(row.texts ?? {}).map(([column, text]) => ({ row, column, text: compact(text) }));
    const label = compact(row.label);
    const own = texts.some((c) => c.text === label) ? [] : [{ row, column: 'label', text: label }];
    const code = row.code ? [{ row, column: 'code', text: compact(row.code) }] : [];
    return [...code, ...own, ...texts];
  });
}

/** Which of the block's cells printing the same words a row's cell (`code` or a text column) is. */
export function occurrence(block: PrintedRow[], row: PrintedRow, column: string): Occurrence {
  const cells = printedCells(block);
  const text = cells.find((c) => c.row === row && c.column === column)?.text;
  const same = cells.filter((c) => c.text === text);
  return { nth: same.findIndex((c) => c.row === row && c.column === column), of: same.length };
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0);

/** Two pieces of one cell: side by side on a line with less than a character between, or stacked in a column. */
function touching(a: TextBox, b: TextBox): boolean {
  const [ax0, ay0, ax1, ay1] = a.box;
  const [bx0, by0, bx1, by1] = b.box;
  const height = Math.max(ay1 - ay0, by1 - by0);
  const sameLine = overlap(ay0, ay1, by0, by1) > Math.min(ay1 - ay0, by1 - by0) / 2;
  if (sameLine) return -overlap(ax0, ax1, bx0, bx1) < height;
  return overlap(ax0, ax1, bx0, bx1) > 0 && -overlap(ay0, ay1, by0, by1) < height / 2;
}

/** Pieces joined into groups of touching pieces (union-find over pairs: a row holds few pieces). */
function groups(pieces: TextBox[]): TextBox[][] {
  const parent = pieces.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  for (let i = 0; i < pieces.length; i++)
    for (let j = i + 1; j < pieces.length; j++)
      if (touching(pieces[i] as TextBox, pieces[j] as TextBox)) parent[root(i)] = root(j);
  const out = new Map<number, TextBox[]>();
  for (const [i, p] of pieces.entries()) out.set(root(i), [...(out.get(root(i)) ?? []), p]);
  return [...out.values()];
}

/** Reading order: by line (top first), then left to right. */
function byReading(a: TextBox, b: TextBox): number {
  const sameLine = overlap(a.box[1], a.box[3], b.box[1], b.box[3]) > 0;
  return sameLine ? a.box[0] - b.box[0] : a.box[1] - b.box[1];
}

const union = (pieces: TextBox[]): Box => [
  Math.min(...pieces.map((p) => p.box[0])),
  Math.min(...pieces.map((p) => p.box[1])),
  Math.max(...pieces.map((p) => p.box[2])),
  Math.max(...pieces.map((p) => p.box[3])),
];

/** The runs of consecutive pieces of a group that spell `want` exactly. */
function spelled(group: TextBox[], want: string): TextBox[][] {
  const ordered = [...group].sort(byReading);
  const out: TextBox[][] = [];
  for (let start = 0; start < ordered.length; start++) {
    let text = '';
    for (let end = start; end < ordered.length && text.length < want.length; end++) {
      text += compact((ordered[end] as TextBox).text);
      if (text === want) out.push(ordered.slice(start, end + 1));
    }
  }
  return out;
}

/**
 * The cell printing `text` inside the row's box, from the page's words: the one place that spells
 * it, or, when the table prints it in `place.of` cells of the block and the page shows as many, the
 * `place.nth` in reading order; null otherwise.
 */
export function locateText(row: Box, words: TextBox[], text: string, place: Occurrence = { nth: 0, of: 1 }): TextBox | null {
  const want = compact(text);
  if (want === '') return null;
  const [rx0, ry0, rx1, ry1] = row;
  const pieces = words.filter(({ text: t, box: [x0, y0, x1, y1] }) => {
    const piece = compact(t);
    return piece !== '' && want.includes(piece) && overlap(y0, y1, ry0, ry1) > (y1 - y0) / 2 && x0 >= rx0 - 2 && x1 <= rx1 + 2;
  });
  const found = groups(pieces)
    .flatMap((g) => spelled(g, want))
    .map((run) => ({ text: run.map((p) => p.text).join(''), box: union(run) }))
    .sort(byReading);
  return found.length === Math.max(place.of, 1) ? (found[Math.max(place.nth, 0)] ?? null) : null;
}
