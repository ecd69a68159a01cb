/**
 * Web pages converted from a PDF keep its layout as absolutely positioned boxes: one box per page
 * (its width and height in pt), each text run placed by top, left and font size, each ruling line a
 * thin box with one border (烟台市退役军人事务局's 2026 budget on the city's portal: no <table>,
 * 12 公开表 drawn this way). Such a page is read as a PDF page is: the same layout stages find its
 * lines and tables.
 */
import { isTag, isText } from 'domhandler';
import { normalizeText } from '../pdf/text.js';
/** A length in a style (pt, or px at 96 dpi). */
function length(style, property) {
    const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*(-?[\\d.]+)(pt|px)`).exec(style);
    if (!match)
        return null;
    const value = Number(match[1]);
    return match[2] === 'px' ? value * 0.75 : value;
}
function textOf(node) {
    if (isText(node))
        return node.data;
    if (!isTag(node))
        return '';
    return node.name === 'br' ? ' ' : node.children.map(textOf).join('');
}
const isAbsolute = (style) => /position\s*:\s*absolute/.test(style);
/** Relative advance of a character: CJK and full-width forms are as wide as the font size, others about half. */
const advance = (ch) => (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55);
/** One text box as a piece: its width estimated from its characters (the page does not give it). */
function pieceOf(style, text) {
    const top = length(style, 'top');
    const left = length(style, 'left');
    const clean = normalizeText(text).trim();
    if (top === null || left === null || clean === '')
        return null;
    const size = length(style, 'font-size') ?? 12;
    const width = [...clean].reduce((w, ch) => w + advance(ch) * size, 0);
    const baseline = top + size * 0.88;
    return { text: clean, x0: left, x1: left + width, y0: top, y1: top + size, baseline, size };
}
/** The ruling lines a box draws with its borders. */
function edgesOf(style) {
    const top = length(style, 'top');
    const left = length(style, 'left');
    if (top === null || left === null)
        return [];
    const width = length(style, 'width') ?? 0;
    const height = length(style, 'height') ?? 0;
    const edges = [];
    const has = (side) => new RegExp(`border-${side}\\s*:\\s*[\\d.]+(?:pt|px)\\s+solid`).test(style);
    if (has('top'))
        edges.push({ orientation: 'h', x0: left, x1: left + width, y0: top, y1: top });
    if (has('bottom'))
        edges.push({ orientation: 'h', x0: left, x1: left + width, y0: top + height, y1: top + height });
    if (has('left'))
        edges.push({ orientation: 'v', x0: left, x1: left, y0: top, y1: top + height });
    if (has('right'))
        edges.push({ orientation: 'v', x0: left + width, x1: left + width, y0: top, y1: top + height });
    return edges;
}
/** A box with a width and height in points that holds absolutely positioned text: a page. */
function isPage(element) {
    const style = element.attribs.style ?? '';
    if (length(style, 'width') === null || length(style, 'height') === null)
        return false;
    return element.children.some((c) => isTag(c) && isAbsolute(c.attribs.style ?? '') && length(c.attribs.style ?? '', 'top') !== null);
}
function findPages(nodes, out) {
    for (const node of nodes) {
        if (!isTag(node))
            continue;
        if (isPage(node))
            out.push(node);
        else
            findPages(node.children, out);
    }
    return out;
}
/** The pages of a PDF rendered as positioned boxes, or null when the web page is not one. */
export function positionedPages(nodes) {
    const pages = findPages(nodes, []);
    if (pages.length === 0)
        return null;
    return pages.map((page, i) => {
        const style = page.attribs.style ?? '';
        const pieces = [];
        const edges = [];
        for (const child of page.children) {
            if (!isTag(child))
                continue;
            const own = child.attribs.style ?? '';
            if (!isAbsolute(own))
                continue;
            edges.push(...edgesOf(own));
            const piece = pieceOf(own, textOf(child));
            if (piece)
                pieces.push(piece);
        }
        return { page: i + 1, width: length(style, 'width') ?? 0, height: length(style, 'height') ?? 0, pieces, edges };
    });
}
//# sourceMappingURL=positioned.js.map