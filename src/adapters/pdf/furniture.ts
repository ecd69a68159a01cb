/**
 * Running headers, footers and page numbers: lines near the top or bottom edge that repeat on many
 * pages (digits aside), or that are only a page number. Removed before blocks are made, so a table
 * continued on the next page is not cut by them.
 */
import type { TextLine } from './layout/lines.js';
import { lineText } from './layout/lines.js';
import type { PageLayout } from './layout/page.js';
import type { LayoutSettings } from './settings.js';

const PAGE_NUMBER =
  /^(?:[-—–]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[-—–])?$|^\d{1,4}\s*\/\s*\d{1,4}$|^第\s*\d{1,4}\s*页\s*共\s*\d{1,4}\s*页$/;

function inMargin(line: TextLine, page: PageLayout, settings: LayoutSettings): boolean {
  return line.y1 < settings.furnitureMargin || line.y0 > page.height - settings.furnitureMargin;
}

function key(line: TextLine): string {
  return lineText(line).replace(/\d+/g, '#').replace(/\s+/g, '');
}

export function removeFurniture(pages: PageLayout[], settings: LayoutSettings): number {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set(page.lines.filter((l) => inMargin(l, page, settings)).map(key));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (k: string) => pages.length >= 3 && (counts.get(k) ?? 0) >= Math.max(3, pages.length / 2);
  let removed = 0;
  for (const page of pages) {
    const before = page.lines.length;
    page.lines = page.lines.filter((line) => {
      if (!inMargin(line, page, settings)) return true;
      return !(PAGE_NUMBER.test(lineText(line).trim()) || repeated(key(line)));
    });
    removed += before - page.lines.length;
  }
  return removed;
}
