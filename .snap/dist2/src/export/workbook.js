/**
 * A minimal SpreadsheetML (XLSX) writer: sheets of text and number cells, number formats, bold
 * header cells, merged ranges, column widths and frozen header rows — what an export needs, written
 * as the OOXML parts Excel and LibreOffice expect and zipped by our own writer. Numbers are written
 * as the exact decimal text of the document (`<v>16239.54</v>`); the number format shows them with
 * the document's decimals.
 */
import { columnLetters } from '../adapters/xlsx/adapter.js';
import { zipBytes } from './zip-writer.js';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Text as XML character data: markup escaped, and the control characters XML 1.0 forbids dropped. */
export function xmlText(text) {
    let kept = '';
    for (const ch of text) {
        const code = ch.codePointAt(0);
        // XML 1.0 allows tab, line feed and carriage return below U+0020, and not U+FFFE / U+FFFF.
        if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff)
            continue;
        kept += ch;
    }
    return kept.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** `#,##0.00` for two decimals, `#,##0` for none: thousands grouped, the printed decimals shown. */
export function numberFormat(decimals) {
    return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}
/** Style ids: 0 plain text, 1 bold text, then one per number format, in the order first needed. */
class Styles {
    formats = [];
    number(decimals) {
        let i = this.formats.indexOf(decimals);
        if (i < 0)
            i = this.formats.push(decimals) - 1;
        return 2 + i;
    }
    xml() {
        // Custom number formats take ids from 164 on (lower ids are Excel's built-in formats).
        const numFmts = this.formats.map((d, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(numberFormat(d))}"/>`);
        const xfs = [
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
            ...this.formats.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`),
        ];
        return [
            `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
            `<styleSheet xmlns="${MAIN}">`,
            numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '',
            '<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>',
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
            `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`,
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
            '</styleSheet>',
        ].join('');
    }
}
/** Shared strings: each distinct text once, cells point at it by index. */
class SharedStrings {
    index = new Map();
    count = 0;
    id(text) {
        this.count++;
        let i = this.index.get(text);
        if (i === undefined) {
            i = this.index.size;
            this.index.set(text, i);
        }
        return i;
    }
    xml() {
        const items = [...this.index.keys()].map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`);
        return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${items.length}">${items.join('')}</sst>`;
    }
}
function cellXml(cell, ref, styles, strings) {
    if (cell === null)
        return '';
    if ('number' in cell)
        return `<c r="${ref}" s="${styles.number(cell.decimals)}"><v>${cell.number}</v></c>`;
    if (cell.text === '')
        return '';
    return `<c r="${ref}" t="s"${cell.bold ? ' s="1"' : ''}><v>${strings.id(cell.text)}</v></c>`;
}
function sheetXml(sheet, styles, strings) {
    const rows = sheet.rows.map((cells, r) => {
        const body = cells.map((c, i) => cellXml(c, `${columnLetters(i)}${r + 1}`, styles, strings)).join('');
        return `<row r="${r + 1}">${body}</row>`;
    });
    const frozen = sheet.frozenRows
        ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
        : '';
    const widths = sheet.widths?.length
        ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
        : '';
    const merges = sheet.merges?.length
        ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
        : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${frozen}${widths}<sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`;
}
/** Characters a sheet name may not hold, and its longest length (Excel's rules). */
const SHEET_FORBIDDEN = /[\\/?*:[\]]/g;
const SHEET_NAME_MAX = 31;
/**
 * Sheet names Excel accepts: forbidden characters replaced, no apostrophe at either end, at most
 * 31 characters, unique without regard to case (a repeat gets ` (2)`, the name cut to make room).
 */
export function sheetNames(wanted) {
    const used = new Set();
    return wanted.map((name) => {
        const base = name
            .replace(SHEET_FORBIDDEN, '_')
            .replace(/^'+|'+$/g, '')
            .trim() || 'Sheet';
        for (let n = 1;; n++) {
            const suffix = n === 1 ? '' : ` (${n})`;
            const candidate = `${cut(base, SHEET_NAME_MAX - suffix.length)}${suffix}`;
            const key = candidate.toLowerCase();
            if (!used.has(key) && key !== 'history') {
                used.add(key);
                return candidate;
            }
        }
    });
}
/** At most `max` UTF-16 units (as Excel counts), never cutting a character in two, no apostrophe or space left at the end. */
function cut(text, max) {
    let out = '';
    for (const ch of text) {
        if (out.length + ch.length > max)
            break;
        out += ch;
    }
    return out.replace(/[\s']+$/, '');
}
/** The workbook's bytes: one worksheet per sheet, in order. Sheet names must already be valid. */
export function workbookBytes(sheets) {
    const styles = new Styles();
    const strings = new SharedStrings();
    const worksheets = sheets.map((s) => sheetXml(s, styles, strings));
    const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
    const contentTypes = [
        `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`,
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
        ...sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`),
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
        '</Types>',
    ].join('');
    const rootRels = `${head}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
    const workbook = `${head}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
        .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`;
    const n = sheets.length;
    const workbookRels = `${head}<Relationships xmlns="${PKG_REL}">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
    return zipBytes([
        { name: '[Content_Types].xml', data: contentTypes },
        { name: '_rels/.rels', data: rootRels },
        { name: 'xl/workbook.xml', data: workbook },
        { name: 'xl/_rels/workbook.xml.rels', data: workbookRels },
        ...worksheets.map((xml, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: xml })),
        { name: 'xl/styles.xml', data: styles.xml() },
        { name: 'xl/sharedStrings.xml', data: strings.xml() },
    ]);
}
//# sourceMappingURL=workbook.js.map