/**
 * Running headers, footers and page numbers: lines near the top or bottom edge that repeat on many
 * pages (digits aside), or that are only a page number. Removed before blocks are made, so a table
 * continued on the next page is not cut by them.
 */
import { endsLikeTableTitle } from '../normalize.js';
import { lineText } from './layout/lines.js';
const PAGE_NUMBER = /^(?:[-—–]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[-—–])?$|^\d{1,4}\s*\/\s*\d{1,4}$|^第\s*\d{1,4}\s*页\s*共\s*\d{1,4}\s*页$/;
/** A line that is only a page number (— 448 —, - 35 -, 第 3 页, 3 / 10). */
export const isPageNumber = (line) => PAGE_NUMBER.test(lineText(line).trim());
function inMargin(line, page, settings) {
    return line.y1 < settings.furnitureMargin || line.y0 > page.height - settings.furnitureMargin;
}
function key(line) {
    return lineText(line).replace(/\d+/g, '#').replace(/\s+/g, '');
}
/**
 * A table's title printed again at the top of every page the table runs over (长沙's 项目支出绩效目标表
 * on 28 of 53 pages, 烟台's per-project 政策和项目预算绩效目标表) is no running header: the same
 * words, ending like a title, and only ever on pages that hold a table.
 */
function repeatedTableTitles(pages, settings) {
    const texts = new Map();
    const tableless = new Set();
    for (const page of pages) {
        for (const line of page.lines) {
            if (!inMargin(line, page, settings) || !endsLikeTableTitle(lineText(line)))
                continue;
            const k = key(line);
            texts.set(k, (texts.get(k) ?? new Set()).add(lineText(line).replace(/\s+/g, '')));
            if (page.tables.length === 0)
                tableless.add(k);
        }
    }
    return new Set([...texts].filter(([k, seen]) => seen.size === 1 && !tableless.has(k)).map(([k]) => k));
}
export function removeFurniture(pages, settings) {
    const counts = new Map();
    for (const page of pages) {
        const seen = new Set(page.lines.filter((l) => inMargin(l, page, settings)).map(key));
        for (const k of seen)
            counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const titles = repeatedTableTitles(pages, settings);
    const repeated = (k) => pages.length >= 3 && (counts.get(k) ?? 0) >= Math.max(3, pages.length / 2) && !titles.has(k);
    let removed = 0;
    for (const page of pages) {
        const before = page.lines.length;
        page.lines = page.lines.filter((line) => {
            if (!inMargin(line, page, settings))
                return true;
            return !(isPageNumber(line) || repeated(key(line)));
        });
        removed += before - page.lines.length;
    }
    return removed;
}
//# sourceMappingURL=furniture.js.map