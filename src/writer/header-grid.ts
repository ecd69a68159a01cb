/**
 * Header rows from per-column header paths (top to bottom, as printed): equal prefixes side by side
 * merge into one cell spanning them, a path shorter than the deepest reaches down to the last row.
 * The recognizer reads such headers back into the same paths (recognize/header.ts).
 */
import type { GridCell } from './layout.js';

export function headerRows(paths: string[][]): GridCell[][] {
  const depth = Math.max(1, ...paths.map((p) => p.length));
  const key = (p: string[], level: number) => JSON.stringify([p.slice(0, level + 1), level === p.length - 1]);
  const rows: GridCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const cells: GridCell[] = [];
    for (let col = 0; col < paths.length; ) {
      const path = paths[col] as string[];
      if (path.length === 0) {
        if (level === 0) cells.push({ text: '', rowSpan: depth, align: 'center' });
        col++;
        continue;
      }
      if (level >= path.length) {
        col++;
        continue;
      }
      let span = 1;
      while (col + span < paths.length && key(paths[col + span] as string[], level) === key(path, level)) span++;
      const rowSpan = level === path.length - 1 ? depth - level : 1;
      cells.push({
        text: path[level] as string,
        align: 'center',
        ...(span > 1 ? { colSpan: span } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
      });
      col += span;
    }
    rows.push(cells);
  }
  return rows;
}
