/**
 * One page through every layout stage: edges → intersections → cells → ruled tables, text placed
 * into their cells, and the remaining text as lines. Each stage's result is kept for --debug-layout.
 */
import { type Box, type Edge, type PageContent } from '../geometry.js';
import type { LayoutSettings } from '../settings.js';
import { type Point } from './cells.js';
import { type TextLine } from './lines.js';
export interface LaidCell extends Box {
    text: string;
    col: number;
    span: number;
    rowSpan: number;
    /** The cell's last text line runs to its right border: its text may wrap on (onto the next page). */
    full?: boolean;
    /** A page break cuts the cell (its text runs on from the page before, or onto the next). */
    cutTop?: boolean;
    cutBottom?: boolean;
}
export interface LaidRow extends Box {
    cells: LaidCell[];
}
export interface LaidTable extends Box {
    /** Column borders, left to right. */
    xs: number[];
    columns: number;
    rows: LaidRow[];
}
export interface PageLayout {
    page: number;
    width: number;
    height: number;
    edges: Edge[];
    points: Point[];
    cells: Box[];
    tables: LaidTable[];
    /** Text outside every table. */
    lines: TextLine[];
}
export declare function layoutPage(content: PageContent, settings: LayoutSettings): PageLayout;
