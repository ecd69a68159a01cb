/**
 * Tables drawn without ruling lines (and OCR'd pages): rows are lines with several widely spaced
 * chunks, columns are the x ranges the chunks of the amount-bearing lines occupy (numbers are
 * right-aligned inside their column, so each column's chunks overlap). Header lines, whose labels
 * may be centred over several columns, are placed on those columns afterwards, with spans.
 */
import type { LayoutSettings } from '../settings.js';
import { joinText, type TextLine } from './lines.js';
import type { LaidCell, LaidRow, LaidTable } from './page.js';

const AMOUNT = /^[-−(（]?\d{1,3}(?:,\d{3})+(?:\.\d+)?[)）]?$|^[-−(（]?\d+\.\d+[)）]?$|^[-−]?\d+$/;

function hasAmount(line: TextLine): boolean {
  return line.chunks.some((c) => AMOUNT.test(c.text.replace(/\s+/g, '')));
}

/** Several chunks on one line are cells: chunks only part where the gap is wider than a word space. */
function spaced(line: TextLine): boolean {
  return line.chunks.length >= 2;
}

/** Column ranges: the union of the chunks of the data lines, merged where they overlap. */
function columnRanges(lines: TextLine[], settings: LayoutSettings): Array<[number, number]> {
  const spans = lines.flatMap((l) => l.chunks.map((c): [number, number] => [c.x0, c.x1])).sort((a, b) => a[0] - b[0]);
  const ranges: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = ranges[ranges.length - 1];
    if (last && s <= last[1] + settings.columnTolerance) last[1] = Math.max(last[1], e);
    else ranges.push([s, e]);
  }
  return ranges;
}

function toRow(line: TextLine, xs: number[]): LaidRow {
  const columns = xs.length - 1;
  const cells: LaidCell[] = Array.from({ length: columns }, (_, col) => ({
    text: '',
    col,
    span: 1,
    rowSpan: 1,
    x0: xs[col] as number,
    x1: xs[col + 1] as number,
    y0: line.y0,
    y1: line.y1,
  }));
  for (const chunk of line.chunks) {
    const covered: number[] = [];
    for (let col = 0; col < columns; col++) {
      const overlap = Math.min(chunk.x1, xs[col + 1] as number) - Math.max(chunk.x0, xs[col] as number);
      if (overlap > Math.min(2, (chunk.x1 - chunk.x0) / 2)) covered.push(col);
    }
    const first = covered[0];
    if (first === undefined) continue;
    const cell = cells[first] as LaidCell;
    cell.text = cell.text === '' ? chunk.text : `${cell.text} ${chunk.text}`;
    cell.span = Math.max(cell.span, (covered[covered.length - 1] as number) - first + 1);
    cell.x1 = Math.max(cell.x1, chunk.x1);
  }
  return { x0: xs[0] as number, x1: xs[xs.length - 1] as number, y0: line.y0, y1: line.y1, cells };
}

/** A line holding only the rest of the label above it (a wrapped name) belongs to that row. */
function mergeWrappedLabels(rows: LaidRow[], headerRows: number, pitch: number): LaidRow[] {
  const out: LaidRow[] = [];
  rows.forEach((row, index) => {
    const filled = row.cells.filter((c) => c.text !== '');
    const previous = out[out.length - 1];
    const onlyLabel = filled.length === 1 && filled[0]?.col === 0;
    if (index > headerRows && previous && onlyLabel && (pitch === 0 || row.y0 - previous.y0 < pitch * 0.8)) {
      const label = previous.cells[0] as LaidCell;
      label.text = joinText(label.text, (filled[0] as LaidCell).text);
      previous.y1 = row.y1;
      return;
    }
    out.push(row);
  });
  return out;
}

/** Find unruled tables among the free lines of a page; returns them and the lines left over. */
export function alignedTables(lines: TextLine[], settings: LayoutSettings): { tables: LaidTable[]; rest: TextLine[] } {
  const tables: LaidTable[] = [];
  const rest: TextLine[] = [];
  let i = 0;
  while (i < lines.length) {
    // A run of data lines (spaced, with an amount), allowing single label lines between them.
    let j = i;
    let dataLines = 0;
    while (j < lines.length) {
      const line = lines[j] as TextLine;
      const data = spaced(line) && hasAmount(line);
      if (data) dataLines++;
      else if (
        !(
          dataLines > 0 &&
          line.chunks.length <= 2 &&
          !spaced(line) &&
          j + 1 < lines.length &&
          hasAmount(lines[j + 1] as TextLine)
        )
      )
        break;
      j++;
    }
    if (dataLines < settings.minAlignedRows) {
      rest.push(lines[i] as TextLine);
      i++;
      continue;
    }
    // Header lines just above the run: spaced lines without amounts, no further than a row or two.
    const pitch = j - i > 1 ? ((lines[j - 1] as TextLine).y0 - (lines[i] as TextLine).y0) / (j - i - 1) : 0;
    let start = i;
    while (rest.length > 0 && start === i) {
      const above = rest[rest.length - 1] as TextLine;
      if (!spaced(above) || hasAmount(above) || (lines[i] as TextLine).y0 - above.y1 > Math.max(above.size * 3, pitch * 1.5))
        break;
      rest.pop();
      start--;
    }
    const body = lines.slice(i, j);
    const header = lines.slice(start, i);
    const ranges = columnRanges(
      body.filter((l) => spaced(l)),
      settings,
    );
    if (ranges.length < 2) {
      rest.push(...header, ...body);
      i = j;
      continue;
    }
    const xs = [
      Math.min(...body.map((l) => l.x0), ...header.map((l) => l.x0)) - 1,
      ...ranges.slice(1).map(([s], k) => ((ranges[k] as [number, number])[1] + s) / 2),
      Math.max(...body.map((l) => l.x1), ...header.map((l) => l.x1)) + 1,
    ];
    const rows = mergeWrappedLabels(
      [...header, ...body].map((l) => toRow(l, xs)),
      header.length,
      pitch,
    );
    const first = rows[0] as LaidRow;
    const last = rows[rows.length - 1] as LaidRow;
    tables.push({
      x0: xs[0] as number,
      x1: xs[xs.length - 1] as number,
      y0: first.y0,
      y1: last.y1,
      xs,
      columns: xs.length - 1,
      rows,
    });
    i = j;
  }
  return { tables, rest };
}
