/**
 * Stage 4: cells → tables. Cells sharing a corner belong to one table; the table's grid columns
 * and rows are the distinct cell borders, so a merged cell gets its column and row span.
 */
import { type Box } from '../geometry.js';
import type { LayoutSettings } from '../settings.js';
export interface GridCell extends Box {
    row: number;
    col: number;
    rowSpan: number;
    colSpan: number;
}
export interface RuledTable extends Box {
    xs: number[];
    ys: number[];
    cells: GridCell[];
}
export declare function tablesFrom(cells: Box[], settings: LayoutSettings): RuledTable[];
