/**
 * HTML pages: tables (colspan/rowspan) and the text around them, in document order. Scripts,
 * styles and the head are skipped; a table inside a table cell counts as that cell's text.
 */
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { normaliseCellText, tableBlocks } from '../grid.js';
import { assertNesting } from '../nesting.js';
import { BlockWriter } from '../pdf/blocks.js';
import { removeFurniture } from '../pdf/furniture.js';
import { layoutPage } from '../pdf/layout/page.js';
import { DEFAULT_SETTINGS } from '../pdf/settings.js';
import { decodeHtml } from './decode.js';
import { positionedPages } from './positioned.js';
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'iframe', 'object']);
const BLOCK = new Set([
    'p',
    'div',
    'li',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'section',
    'article',
    'header',
    'footer',
    'main',
    'ul',
    'ol',
    'body',
    'html',
    'blockquote',
    'caption',
    'center',
    'dd',
    'dt',
    'dl',
    'form',
    'pre',
    'address',
]);
function textOf(node) {
    if (isText(node))
        return node.data;
    if (!isTag(node) || SKIP.has(node.name))
        return '';
    if (node.name === 'br')
        return '\n';
    const inner = node.children.map(textOf).join('');
    return BLOCK.has(node.name) || node.name === 'tr'
        ? `${inner}\n`
        : node.name === 'td' || node.name === 'th'
            ? `${inner} `
            : inner;
}
function rowsOf(table) {
    const rows = [];
    for (const c of table.children) {
        if (!isTag(c))
            continue;
        if (c.name === 'tr')
            rows.push(c);
        else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot')
            rows.push(...c.children.filter(isTag).filter((r) => r.name === 'tr'));
    }
    return rows;
}
function span(value) {
    const n = Number.parseInt(value ?? '1', 10);
    return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 1;
}
const FILE_LINK = /\.(?:pdf|xlsx?|docx?|et|wps|ofd|zip|rar)(?:[?#].*)?$/i;
export function htmlBlocks(html, maxNesting) {
    return readHtml(html, maxNesting).blocks;
}
/** A PDF rendered as positioned boxes, read through the PDF layout stages. */
function positionedBlocks(pages) {
    const layouts = pages.map((page) => layoutPage(page, DEFAULT_SETTINGS));
    removeFurniture(layouts, DEFAULT_SETTINGS);
    const writer = new BlockWriter();
    for (const layout of layouts)
        writer.addPage(layout);
    return writer.blocks;
}
/** Blocks of a page, and its links to files (a page whose tables are a linked attachment names them so). */
export function readHtml(html, maxNesting) {
    const doc = parseDocument(html, { decodeEntities: true });
    assertNesting(doc, maxNesting);
    const pages = positionedPages(doc.children);
    if (pages)
        return { blocks: positionedBlocks(pages), links: [] };
    const blocks = [];
    const links = [];
    let unplaced = [];
    let line = 0;
    const next = () => ++line;
    let tableIndex = 0;
    let pending = '';
    const flush = () => {
        const first = line + 1;
        for (const text of pending.split('\n')) {
            const clean = normaliseCellText(text);
            if (clean)
                blocks.push({ type: 'para', text: clean, line: next() });
        }
        for (const link of unplaced)
            links.push({ ...link, line: Math.min(first, line) });
        unplaced = [];
        pending = '';
    };
    const walk = (node) => {
        if (isText(node)) {
            pending += node.data;
            return;
        }
        if (!isTag(node) || SKIP.has(node.name))
            return;
        if (node.name === 'a' && FILE_LINK.test(node.attribs.href ?? '')) {
            const text = normaliseCellText(textOf(node));
            if (text)
                unplaced.push({ text, href: node.attribs.href });
        }
        if (node.name === 'br') {
            pending += '\n';
            return;
        }
        if (node.name === 'table') {
            flush();
            const t = ++tableIndex;
            const caption = node.children.find((c) => isTag(c) && c.name === 'caption');
            if (caption)
                blocks.push({ type: 'para', text: normaliseCellText(textOf(caption)), line: next() });
            const rows = rowsOf(node).map((tr) => ({
                cells: tr.children
                    .filter(isTag)
                    .filter((c) => c.name === 'td' || c.name === 'th')
                    .map((td) => ({ text: textOf(td), colSpan: span(td.attribs.colspan), rowSpan: span(td.attribs.rowspan) })),
            }));
            blocks.push(...tableBlocks(rows, next, (r, c) => ({ cell: `table${t}!R${r + 1}C${c + 1}` })));
            return;
        }
        const isBlock = BLOCK.has(node.name);
        if (isBlock)
            flush();
        for (const c of node.children)
            walk(c);
        if (isBlock)
            flush();
    };
    for (const c of doc.children)
        walk(c);
    flush();
    return { blocks, links };
}
export const htmlAdapter = {
    format: 'html',
    async read({ bytes, limits }) {
        const { blocks, links } = readHtml(decodeHtml(bytes), limits.maxNesting);
        return { style: 'grid', blocks, findings: [], links };
    },
};
//# sourceMappingURL=adapter.js.map