import type { TextLine } from './layout/lines.js';
import type { PageLayout } from './layout/page.js';
import type { LayoutSettings } from './settings.js';
/** A line that is only a page number (— 448 —, - 35 -, 第 3 页, 3 / 10). */
export declare const isPageNumber: (line: TextLine) => boolean;
export declare function removeFurniture(pages: PageLayout[], settings: LayoutSettings): number;
