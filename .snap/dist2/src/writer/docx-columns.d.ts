/**
 * How wide each column of a DOCX table is, and whether the table needs a landscape page: from what
 * its cells print. An amount never wraps (a wrapped 13.0|0 does not read back as 13.00), short names
 * keep their width, and long texts (绩效目标, 部门职责) share what is left by their length, so a row
 * of long texts stays short enough to fit one page. A table whose columns do not fit a portrait page
 * is printed on a landscape one, in a smaller font.
 */
import type { TableGrid } from './layout.js';
/** Text widths of an A4 page with 2 cm margins (twips). */
export declare const PORTRAIT_WIDTH = 9638;
export declare const LANDSCAPE_WIDTH = 14570;
export interface ColumnPlan {
    widths: number[];
    landscape: boolean;
    /** Font size in half-points. */
    size: number;
}
export declare function planColumns(grid: TableGrid): ColumnPlan;
