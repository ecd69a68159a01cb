import { normalizeText } from '../adapters/normalize.js';
import { pdfAdapter } from '../adapters/pdf/adapter.js';
import { DEFAULT_LIMITS } from '../source/load.js';
const key = (text) => normalizeText(text).replace(/\s+/g, '');
/** 一、收支总表 → 收支总表: how a table's title prints above it. */
const unnumbered = (text) => text.replace(/^[一二三四五六七八九十]+、/, '');
/** The page each entry's heading is on, or null when one is not found. */
export function headingPagesOf(blocks, toc) {
    const lines = blocks.flatMap((b) => b.type === 'para' && b.at?.page !== undefined ? [{ key: key(b.text), page: b.at.page }] : []);
    let at = lines.findIndex((l) => l.key === key(toc.title));
    if (at < 0)
        return null;
    const entries = toc.entries.map((e) => key(e.text));
    // The 目录's lines, in order (the PDF may join two short entries into one line).
    let line = at + 1;
    let offset = 0;
    for (const entry of entries) {
        while (line < lines.length && !(lines[line]?.key ?? '').includes(entry, offset)) {
            line++;
            offset = 0;
        }
        if (line >= lines.length)
            return null;
        offset = (lines[line]?.key ?? '').indexOf(entry, offset) + entry.length;
    }
    at = line;
    const pages = [];
    for (const entry of entries) {
        const found = lines.findIndex((l, i) => i > at && (l.key === entry || l.key === unnumbered(entry)));
        if (found < 0)
            return null;
        at = found;
        pages.push(lines[found]?.page);
    }
    return pages;
}
export async function headingPages(pdf, toc) {
    const { blocks } = await pdfAdapter.read({ file: 'disclosure.pdf', bytes: new Uint8Array(pdf), limits: DEFAULT_LIMITS });
    return headingPagesOf(blocks, toc);
}
export const tocOf = (doc) => doc.blocks.find((b) => b.type === 'toc');
/** The document with these pages in its 目录. */
export function withTocPages(doc, pages) {
    return {
        ...doc,
        blocks: doc.blocks.map((b) => b.type === 'toc' ? { ...b, entries: b.entries.map((e, i) => ({ ...e, page: pages[i] })) } : b),
    };
}
/**
 * DOCX → PDF with the 目录's pages: convert, find the pages, write them in and convert again, until
 * the pages written are where the headings are (numbers that make the 目录 longer can move them;
 * three conversions at most). Returns the last DOCX and its PDF.
 */
export async function withPageNumbers(written, toDocx, toPdf) {
    let docx = toDocx(written);
    let pdf = await toPdf(docx);
    const toc = tocOf(written);
    if (!toc || toc.entries.length === 0)
        return { docx, pdf, written };
    for (let round = 0; round < 2; round++) {
        const pages = await headingPages(pdf, tocOf(written));
        const current = tocOf(written)?.entries.map((e) => e.page);
        if (!pages || pages.every((p, i) => current?.[i] === p))
            break;
        written = withTocPages(written, pages);
        docx = toDocx(written);
        pdf = await toPdf(docx);
    }
    return { docx, pdf, written };
}
//# sourceMappingURL=toc-pages.js.map