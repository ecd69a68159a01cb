/**
 * Rows of cells with column and row spans (as HTML writes them) → every cell at its grid column:
 * the origin of a merged block, or a covered place below it. Word writes a row span as a first cell
 * (vMerge restart) and one continuing cell per row below it (vMerge continue).
 */
import type { GridCell } from './layout.js';
export type Placed = {
    kind: 'origin';
    cell: GridCell;
    col: number;
    span: number;
    merged: boolean;
} | {
    kind: 'covered';
    col: number;
    span: number;
};
export declare function placeCells(rows: GridCell[][], width: number): Placed[][];
