/** The laid-out disclosure as one self-contained HTML page (styles inline, no external file). */
import type { WrittenDocument } from './layout.js';
export declare function renderHtml(doc: WrittenDocument): string;
