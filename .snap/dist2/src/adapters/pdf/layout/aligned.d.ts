import type { LayoutSettings } from '../settings.js';
import { type TextLine } from './lines.js';
import type { LaidTable } from './page.js';
/** Find unruled tables among the free lines of a page; returns them and the lines left over. */
export declare function alignedTables(lines: TextLine[], settings: LayoutSettings): {
    tables: LaidTable[];
    rest: TextLine[];
};
