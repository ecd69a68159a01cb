/**
 * Stages 2 and 3: edges → intersections → cells. A cell is the smallest rectangle whose four
 * corners are intersections and whose four sides are covered by edges (as pdfplumber finds them).
 */
import type { Box, Edge } from '../geometry.js';
import type { LayoutSettings } from '../settings.js';
export interface Point {
    x: number;
    y: number;
}
export declare function intersections(edges: Edge[], settings: LayoutSettings): Point[];
export declare function cellsFrom(edges: Edge[], points: Point[], settings: LayoutSettings): Box[];
