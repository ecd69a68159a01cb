/**
 * Text inside a table's ruling that no closed cell holds: a cell whose borders the PDF does not draw
 * (上海市数据局's 收入预算 over columns that run on past the page's edge has no right border). Its
 * place is the run of grid positions in that row that no closed cell covers, around the text.
 */
import type { RuledTable } from './tables.js';

export interface OpenCell {
  row: number;
  col: number;
  span: number;
}

/** Per grid row, which columns a closed cell covers. */
export function coverage(table: RuledTable): boolean[][] {
  const rows = table.ys.length - 1;
  const columns = table.xs.length - 1;
  const covered = Array.from({ length: rows }, () => new Array<boolean>(columns).fill(false));
  for (const cell of table.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan && r < rows; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan && c < columns; c++) (covered[r] as boolean[])[c] = true;
    }
  }
  return covered;
}

/** The open cell at a point of the table, or null when the point is outside it or in a closed cell's place. */
export function openCellAt(table: RuledTable, covered: boolean[][], x: number, y: number): OpenCell | null {
  if (x <= table.x0 || x >= table.x1 || y <= table.y0 || y >= table.y1) return null;
  const row = table.ys.findIndex((y0, i) => y >= y0 && y < (table.ys[i + 1] ?? Number.NEGATIVE_INFINITY));
  const col = table.xs.findIndex((x0, i) => x >= x0 && x < (table.xs[i + 1] ?? Number.NEGATIVE_INFINITY));
  const line = covered[row];
  if (!line || col < 0 || line[col]) return null;
  let start = col;
  while (start > 0 && !line[start - 1]) start--;
  let end = col + 1;
  while (end < line.length && !line[end]) end++;
  return { row, col: start, span: end - start };
}
