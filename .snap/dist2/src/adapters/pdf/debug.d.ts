import { lineText } from './layout/lines.js';
import type { PageLayout } from './layout/page.js';
export declare function describePage(page: PageLayout, pieces: number): string;
export { lineText };
