/**
 * DOCX: word/document.xml read directly (no HTML detour): paragraphs for the narrative, tables
 * with gridSpan (columns) and vMerge (rows) merges, in document order. Content controls (sdt) and
 * tracked insertions are read through; deleted text is not.
 */
import { InputError } from '../../source/errors.js';
import { normaliseCellText, tableBlocks } from '../grid.js';
import { attr, child, childrenNamed, elements, localName, parseXml } from '../office/xml.js';
import { ZipArchive } from '../office/zip.js';
/** A paragraph's text: runs, tabs and breaks; deleted runs skipped. */
function paragraphText(p) {
    let out = '';
    const walk = (el) => {
        for (const c of elements(el)) {
            const name = localName(c);
            if (name === 'del' || name === 'delText' || name === 'instrText' || name === 'pPr' || name === 'rPr')
                continue;
            if (name === 't')
                out += c.children.map((n) => ('data' in n ? String(n.data) : '')).join('');
            else if (name === 'tab')
                out += '\t';
            else if (name === 'br' || name === 'cr')
                out += '\n';
            else
                walk(c);
        }
    };
    walk(p);
    return out;
}
function headingLevel(p) {
    const style = attr(child(child(p, 'pPr') ?? p, 'pStyle') ?? p, 'val') ?? '';
    const m = /^(?:heading|标题)\s*(\d)$/i.exec(style) ?? /^(\d)$/.exec(style);
    const outline = attr(child(child(p, 'pPr') ?? p, 'outlineLvl') ?? p, 'val');
    if (m)
        return Number(m[1]);
    return outline !== undefined && /^\d$/.test(outline) ? Number(outline) + 1 : undefined;
}
function cellText(tc) {
    const parts = [];
    const walk = (el) => {
        for (const c of elements(el)) {
            if (localName(c) === 'p')
                parts.push(paragraphText(c));
            else if (localName(c) !== 'tcPr')
                walk(c);
        }
    };
    walk(tc);
    return parts.join('\n');
}
function tableRows(tbl) {
    const grid = childrenNamed(tbl, 'tr').map((tr) => {
        const before = Number(attr(child(child(tr, 'trPr') ?? tr, 'gridBefore') ?? tr, 'val') ?? 0) || 0;
        let col = before;
        const cells = [];
        for (const tc of cellsOf(tr)) {
            const pr = child(tc, 'tcPr');
            const span = Math.max(1, Number(attr(child(pr ?? tc, 'gridSpan') ?? tc, 'val') ?? 1) || 1);
            const vMerge = pr ? child(pr, 'vMerge') : undefined;
            const merge = vMerge ? (attr(vMerge, 'val') === 'restart' ? 'restart' : 'continue') : null;
            cells.push({ col, span, merge, text: cellText(tc) });
            col += span;
        }
        return cells;
    });
    return grid.map((cells, r) => ({
        cells: cells
            .filter((c) => c.merge !== 'continue')
            .map((c) => {
            let rowSpan = 1;
            if (c.merge === 'restart')
                while (grid[r + rowSpan]?.some((d) => d.col === c.col && d.merge === 'continue'))
                    rowSpan++;
            return { text: c.text, col: c.col, colSpan: c.span, rowSpan };
        }),
    }));
}
/** Cells of a row, through content controls around them. */
function cellsOf(tr) {
    const out = [];
    for (const c of elements(tr)) {
        if (localName(c) === 'tc')
            out.push(c);
        else if (localName(c) === 'sdt' || localName(c) === 'customXml')
            out.push(...cellsOf(child(c, 'sdtContent') ?? c));
    }
    return out;
}
export function docxBlocks(documentXml) {
    const body = child(parseXml(documentXml), 'body');
    if (!body)
        return [];
    const blocks = [];
    let line = 0;
    const next = () => ++line;
    let tableIndex = 0;
    const walk = (el) => {
        for (const c of elements(el)) {
            const name = localName(c);
            if (name === 'p') {
                for (const piece of paragraphText(c).split('\n')) {
                    const text = normaliseCellText(piece.replace(/\t+/g, ' '));
                    if (!text)
                        continue;
                    const heading = headingLevel(c);
                    blocks.push({ type: 'para', text, line: next(), ...(heading ? { heading } : {}) });
                }
            }
            else if (name === 'tbl') {
                const t = ++tableIndex;
                blocks.push(...tableBlocks(tableRows(c), next, (r, col) => ({ cell: `table${t}!R${r + 1}C${col + 1}` })));
            }
            else if (name === 'sdt' || name === 'sdtContent' || name === 'customXml' || name === 'ins' || name === 'smartTag')
                walk(c);
        }
    };
    walk(body);
    return blocks;
}
export const docxAdapter = {
    format: 'docx',
    async read({ file, bytes, limits }) {
        const zip = new ZipArchive(bytes, file, limits);
        const xml = zip.text('word/document.xml');
        if (xml === null)
            throw new InputError('不是 Word 文档（缺少 word/document.xml）', 'not a Word document (no word/document.xml)', file);
        return { style: 'grid', blocks: docxBlocks(xml), findings: [] };
    },
};
//# sourceMappingURL=adapter.js.map