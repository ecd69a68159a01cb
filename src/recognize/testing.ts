/** Helpers for the recognizer's tests: grid rows as the adapters give them, and a reading context. */
import type { Cell, GridRow } from '../adapters/blocks.js';
import type { RecognizeContext } from './grid-table.js';

/** Grid rows as a ruled PDF gives them: one cell per column, a merged cell once with its span. */
export const gridRow = (line: number, cells: Array<string | Partial<Cell>>): GridRow => ({
  type: 'row',
  line,
  lines: 1,
  cells: cells.map((c, col) => (typeof c === 'string' ? { text: c, col } : { text: '', col, ...c })),
});

/** A 2026 PDF in 万元 with no department named. */
export const gridContext = (): RecognizeContext => ({
  file: 'x.pdf',
  style: 'grid',
  year: 2026,
  department: null,
  unit: '万元',
  findings: [],
  absent: new Set(),
});
