import { InputError } from '../../source/errors.js';
import { tableBlocks } from '../grid.js';
import { attr, child, childrenNamed, descendants, parseXml, textOf } from '../office/xml.js';
import { ZipArchive } from '../office/zip.js';
import { builtInFormat, formatNumber } from './number-format.js';
export function columnIndex(letters) {
    let n = 0;
    for (const ch of letters)
        n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
}
export function columnLetters(index) {
    let s = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
}
function parseRef(ref) {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
    return m ? { col: columnIndex(m[1]), row: Number(m[2]) - 1 } : null;
}
function sharedStrings(xml) {
    if (!xml)
        return [];
    // Phonetic runs (rPh) are reading aids, not text.
    return childrenNamed(parseXml(xml), 'si').map((si) => [
        ...childrenNamed(si, 't'),
        ...childrenNamed(si, 'r')
            .map((r) => child(r, 't'))
            .filter((t) => t !== undefined),
    ]
        .map((t) => textOf(t))
        .join(''));
}
function cellFormats(xml) {
    if (!xml)
        return [];
    const root = parseXml(xml);
    const custom = new Map();
    for (const f of descendants(child(root, 'numFmts') ?? { children: [] }, 'numFmt'))
        custom.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? 'General');
    const xfs = child(root, 'cellXfs');
    if (!xfs)
        return [];
    return childrenNamed(xfs, 'xf').map((xf) => {
        const id = Number(attr(xf, 'numFmtId') ?? 0);
        return custom.get(id) ?? builtInFormat(id);
    });
}
function sheetsOf(zip, file) {
    const workbook = zip.text('xl/workbook.xml');
    if (workbook === null)
        throw new InputError('不是 Excel 工作簿（缺少 xl/workbook.xml）', 'not an Excel workbook (no xl/workbook.xml)', file);
    const rels = new Map();
    for (const rel of childrenNamed(parseXml(zip.text('xl/_rels/workbook.xml.rels') ?? '<r/>'), 'Relationship')) {
        const target = attr(rel, 'Target') ?? '';
        rels.set(attr(rel, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
    return descendants(parseXml(workbook), 'sheet').map((s) => ({
        name: attr(s, 'name') ?? '',
        path: rels.get(attr(s, 'id') ?? '') ?? '',
        hidden: (attr(s, 'state') ?? 'visible') !== 'visible',
    }));
}
export function sheetRows(xml, strings, formats, sheet) {
    const root = parseXml(xml);
    const merges = new Map();
    const covered = new Set();
    for (const m of descendants(child(root, 'mergeCells') ?? root, 'mergeCell')) {
        const [a, b] = (attr(m, 'ref') ?? '').split(':');
        const from = parseRef(a ?? '');
        const to = parseRef(b ?? a ?? '');
        if (!from || !to)
            continue;
        merges.set(`${from.row}:${from.col}`, { colSpan: to.col - from.col + 1, rowSpan: to.row - from.row + 1 });
        for (let r = from.row; r <= to.row; r++)
            for (let c = from.col; c <= to.col; c++)
                if (r !== from.row || c !== from.col)
                    covered.add(`${r}:${c}`);
    }
    const rows = [];
    const data = child(root, 'sheetData');
    for (const row of data ? childrenNamed(data, 'row') : []) {
        const r = Number(attr(row, 'r') ?? rows.length + 1) - 1;
        while (rows.length < r)
            rows.push({ cells: [] });
        let nextCol = 0;
        const cells = [];
        for (const c of childrenNamed(row, 'c')) {
            const ref = parseRef(attr(c, 'r') ?? '') ?? { row: r, col: nextCol };
            nextCol = ref.col + 1;
            if (covered.has(`${r}:${ref.col}`))
                continue;
            const text = cellValue(c, strings, formats);
            const merge = merges.get(`${r}:${ref.col}`);
            if (text === '' && !merge)
                continue;
            cells.push({ text, col: ref.col, ...merge, at: { sheet, cell: `${columnLetters(ref.col)}${r + 1}` } });
        }
        rows[r] = { cells, at: { sheet, cell: `A${r + 1}` } };
    }
    return rows;
}
function cellValue(c, strings, formats) {
    const type = attr(c, 't') ?? 'n';
    const v = child(c, 'v');
    const raw = v ? textOf(v) : '';
    if (type === 's')
        return strings[Number(raw)] ?? '';
    if (type === 'inlineStr')
        return textOf(child(c, 'is') ?? c);
    // "=20万元" typed into a cell becomes the formula 20万元, which fails with #NAME?: what was typed is the text.
    const formula = child(c, 'f');
    if (type === 'e' && raw === '#NAME?' && formula && textOf(formula) !== '')
        return `=${textOf(formula)}`;
    if (type === 'str' || type === 'e')
        return raw;
    if (type === 'b')
        return raw === '1' ? 'TRUE' : 'FALSE';
    if (raw === '')
        return '';
    return formatNumber(raw, formats[Number(attr(c, 's') ?? 0)] ?? 'General');
}
export const xlsxAdapter = {
    format: 'xlsx',
    async read({ file, bytes, limits }) {
        const zip = new ZipArchive(bytes, file, limits);
        const sheets = sheetsOf(zip, file);
        const strings = sharedStrings(zip.text('xl/sharedStrings.xml'));
        const formats = cellFormats(zip.text('xl/styles.xml'));
        const blocks = [];
        const findings = [];
        let line = 0;
        const next = () => ++line;
        for (const sheet of sheets) {
            if (sheet.hidden) {
                findings.push({
                    rule: 'reader/hidden-sheet',
                    severity: 'info',
                    message: `隐藏的工作表“${sheet.name}”未读取 / hidden sheet "${sheet.name}" was not read`,
                    source: { file, sheet: sheet.name },
                });
                continue;
            }
            const xml = zip.text(sheet.path);
            if (xml === null)
                continue;
            const rows = sheetRows(xml, strings, formats, sheet.name);
            // Blank rows end a table: each run of rows is a grid of its own.
            let run = [];
            const flush = () => {
                if (run.length)
                    blocks.push(...tableBlocks(run, next));
                run = [];
            };
            for (const row of rows) {
                if (row.cells.every((c) => c.text.trim() === ''))
                    flush();
                else
                    run.push(row);
            }
            flush();
        }
        return { style: 'grid', blocks, findings, pages: sheets.length };
    },
};
//# sourceMappingURL=adapter.js.map