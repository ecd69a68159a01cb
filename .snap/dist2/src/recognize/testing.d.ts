/** Helpers for the recognizer's tests: grid rows as the adapters give them, and a reading context. */
import type { Cell, GridRow } from '../adapters/blocks.js';
import type { RecognizeContext } from './grid-table.js';
/** Grid rows as a ruled PDF gives them: one cell per column, a merged cell once with its span. */
export declare const gridRow: (line: number, cells: Array<string | Partial<Cell>>) => GridRow;
/** A 2026 PDF in 万元 with no department named. */
export declare const gridContext: () => RecognizeContext;
