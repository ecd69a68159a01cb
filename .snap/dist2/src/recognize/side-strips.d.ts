import type { GridRow } from '../adapters/blocks.js';
/**
 * The table's rows with the strip's joined on their right, or null when the strip is not the rest of
 * those rows. A blank first cell in a header row of the strip continues the group the table's header
 * row ends with (本年收入 over 其他收入): that group's span grows over it.
 */
export declare function joinSideStrip(rows: GridRow[], strip: GridRow[]): GridRow[] | null;
