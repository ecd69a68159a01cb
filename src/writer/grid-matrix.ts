/**
 * Rows of cells with column and row spans (as HTML writes them) → every cell at its grid column:
 * the origin of a merged block, or a covered place below it. Word writes a row span as a first cell
 * (vMerge restart) and one continuing cell per row below it (vMerge continue).
 */
import type { GridCell } from './layout.js';

export type Placed =
  | { kind: 'origin'; cell: GridCell; col: number; span: number; merged: boolean }
  | { kind: 'covered'; col: number; span: number };

export function placeCells(rows: GridCell[][], width: number): Placed[][] {
  const covered: Array<Map<number, number>> = rows.map(() => new Map());
  return rows.map((row, r) => {
    const placed: Placed[] = [];
    let col = 0;
    const taken = covered[r] as Map<number, number>;
    const skipCovered = () => {
      while (taken.has(col)) {
        const span = taken.get(col) as number;
        placed.push({ kind: 'covered', col, span });
        col += span;
      }
    };
    for (const cell of row) {
      skipCovered();
      const span = cell.colSpan ?? 1;
      const down = cell.rowSpan ?? 1;
      placed.push({ kind: 'origin', cell, col, span, merged: down > 1 });
      for (let k = 1; k < down && r + k < rows.length; k++) (covered[r + k] as Map<number, number>).set(col, span);
      col += span;
    }
    skipCovered();
    // A short row is filled to the grid's width, so Word draws every border.
    while (col < width) {
      placed.push({ kind: 'origin', cell: { text: '' }, col, span: 1, merged: false });
      col++;
    }
    return placed;
  });
}
