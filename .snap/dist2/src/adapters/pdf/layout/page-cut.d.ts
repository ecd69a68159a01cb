/**
 * A ruled table cut by a page break — a spreadsheet printed over several pages, its merged cells
 * running on (北京 项目支出绩效目标表: a project's name, amount and 绩效目标 cells span many pages)
 * — has no ruling where the page cuts it: its vertical rules just end there, open. Such a cut is
 * drawn as a border, so that the cut cells close; the text of a cut cell that runs on past the cut
 * (drawn, but clipped away by the printer) is not read as free lines of the page.
 */
import type { Box, Edge } from '../geometry.js';
import type { LayoutSettings } from '../settings.js';
/** A horizontal border drawn where the page cuts a table: `top` closes the cells below it, `bottom` those above. */
export interface PageCut {
    y: number;
    x0: number;
    x1: number;
    side: 'top' | 'bottom';
}
/**
 * Heights where at least three vertical rules end with no vertical rule of the same span passing
 * through and no horizontal rule across them: the top (or bottom) of a table the page cut.
 */
export declare function pageCuts(edges: Edge[], settings: LayoutSettings): PageCut[];
/** The borders the cuts draw. */
export declare function cutEdges(cuts: PageCut[]): Edge[];
/** Is this cell's top (or bottom) a page cut? */
export declare function cutSide(cell: Box, cuts: PageCut[], side: 'top' | 'bottom', tol: number): boolean;
/**
 * Text beyond a cut, over a cell the cut opens: the rest of that cell's text, which the printer
 * clipped away on this page (and prints on the next). Not read as free lines.
 */
export declare function isClippedOverflow(at: {
    x: number;
    y: number;
}, cells: Box[], cuts: PageCut[], tol: number): boolean;
