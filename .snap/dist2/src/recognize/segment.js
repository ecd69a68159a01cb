import { isAmountText } from '../model/amount.js';
import { compact } from '../model/names.js';
import { joinSideStrip } from './side-strips.js';
import { isEmptyStatement, isNote, isPageFurniture, isPreambleText, isTocText, looksLikeTableTitle, unitOf, } from './vocabulary.js';
/** Remove a cell "单位：万元" from a row; return the unit found. */
function takeUnit(row) {
    let unit = null;
    for (const cell of row.cells) {
        const u = unitOf(cell.text);
        if (u) {
            unit = u;
            cell.text = '';
        }
    }
    return unit;
}
function isMetaRow(row) {
    const texts = row.cells.map((c) => c.text).filter((t) => t !== '');
    return texts.length > 0 && texts.length <= 3 && texts.every((t) => isPreambleText(t) || /^\d{3}(?!\d)\S{2,20}$/.test(t));
}
function isTocRow(row) {
    return row.cells.some((c) => isTocText(c.text));
}
function statement(p, file) {
    return { text: p.text, source: { file, line: p.line } };
}
const NEW_TABLE_HEAD = /^(?:项目名称|单位名称|部门名称及编码|部门基本信息|项目|科目编码|功能分类科目(?:名称)?|部门[(（]单位[)）]名称|序号|类型)$/;
/**
 * A title repeated on the next page continues its table — unless the grid under it starts a new
 * table of the same title: per-project tables (项目名称 …) or a different header.
 */
function startsNewInstance(table, row) {
    const first = (r) => compact(r?.cells.find((c) => c.text !== '')?.text ?? '');
    const head = first(row);
    if (head === '项目名称' && first(table.rows[0]) === '项目名称')
        return true;
    return NEW_TABLE_HEAD.test(head) && head !== first(table.rows[0]);
}
/**
 * One untitled row of text without an amount is a line laid out with gaps, not a table
 * (重庆: 部门预算公开联系人:游频捷      联系方式:023-89116146; “其 中 ：        1.” before a numbered
 * list in 烟台's 情况说明).
 */
function isTextLine(table) {
    const [only] = table.rows;
    return table.title === '' && table.rows.length === 1 && only !== undefined && !only.cells.some((c) => isAmountText(c.text));
}
function asParagraph(row) {
    const text = row.cells
        .map((c) => c.text)
        .filter((t) => t !== '')
        .join(' ');
    return row.at ? { type: 'para', text, line: row.line, at: row.at } : { type: 'para', text, line: row.line };
}
/** A short label between a title and its grid (a header cell printed above the ruling): no sentence. */
function isStrayHeaderLabel(text, next) {
    const t = compact(text);
    return next?.type === 'row' && t.length <= 8 && !/[。，,；;：:、]/.test(t) && !isAmountText(t);
}
/**
 * A sheet wider than the page printed across: under the title repeated on a later page come only
 * the columns that did not fit, a grid much narrower than the table and (empty columns) without
 * amounts. Its cells are labels of the table's header, not rows.
 */
function isOverflowStrip(table, row) {
    const first = table.rows[0]?.at?.box;
    const box = row.at?.box;
    if (!first || !box || box[2] - box[0] >= (first[2] - first[0]) / 2)
        return false;
    return !row.cells.some((c) => isAmountText(c.text));
}
export function segment(blocks, file) {
    const tables = [];
    const paragraphs = [];
    const toc = [];
    let current = null;
    let inNotes = false;
    /** The rows coming are the header of columns printed past the page's edge (isOverflowStrip). */
    let inStrip = false;
    let pendingTitle = null;
    /** Where the rows of the current table's latest page begin, and that page: a strip of columns, perhaps. */
    let pageFrom = 0;
    let lastPage;
    /** The rows of the table's latest page joined on the right of the rows before, when they are its other columns. */
    const joinStrip = () => {
        const table = current;
        if (!table || pageFrom === 0 || table.rows.length !== pageFrom * 2)
            return;
        const joined = joinSideStrip(table.rows.slice(0, pageFrom), table.rows.slice(pageFrom));
        if (joined)
            table.rows = joined;
    };
    const close = () => {
        joinStrip();
        if (current && isTextLine(current))
            paragraphs.push(asParagraph(current.rows[0]));
        else if (current)
            tables.push(current);
        current = null;
        inNotes = false;
        inStrip = false;
        pageFrom = 0;
        lastPage = undefined;
    };
    const flushPendingAsText = () => {
        if (!pendingTitle)
            return;
        paragraphs.push(pendingTitle.para);
        for (const p of pendingTitle.preamble)
            paragraphs.push({ type: 'para', text: p.text, line: p.source.line ?? 0 });
        pendingTitle = null;
    };
    for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i];
        if (block.type === 'row') {
            if (isTocRow(block)) {
                toc.push({ text: block.cells.map((c) => c.text).join(' '), source: { file, line: block.line } });
                continue;
            }
            const unit = takeUnit(block);
            const onlyMeta = block.cells.every((c) => c.text === '') || isMetaRow(block);
            if (pendingTitle) {
                const { para, preamble } = pendingTitle;
                const continuing = current;
                if (continuing !== null && compact(continuing.title) === compact(para.text) && !startsNewInstance(continuing, block)) {
                    continuing.repeatedTitleLines.push(para.line);
                    continuing.preamble.push(...pendingTitle.preamble);
                    inStrip = isOverflowStrip(continuing, block);
                }
                else {
                    close();
                    current = {
                        title: para.text,
                        titleLine: para.line,
                        repeatedTitleLines: [],
                        preamble,
                        unit: pendingTitle.unit,
                        rows: [],
                        notes: [],
                        emptyStatement: null,
                    };
                }
                pendingTitle = null;
            }
            if (!current) {
                // A grid with no title: kept as an untitled table, reported as unknown later.
                current = {
                    title: '',
                    titleLine: block.line,
                    repeatedTitleLines: [],
                    preamble: [],
                    unit: null,
                    rows: [],
                    notes: [],
                    emptyStatement: null,
                };
            }
            const table = current;
            if (unit && !table.unit)
                table.unit = unit;
            if (onlyMeta || (inStrip && !block.cells.some((c) => isAmountText(c.text)))) {
                for (const c of block.cells)
                    if (c.text)
                        table.preamble.push({ text: c.text, source: { file, line: block.line } });
                continue;
            }
            inStrip = false;
            if (inNotes && block.cells.filter((c) => c.text).length === 1) {
                const text = block.cells.find((c) => c.text)?.text ?? '';
                table.notes.push({ text, source: { file, line: block.line } });
                continue;
            }
            inNotes = false;
            // A note typed into the grid's last row (a spreadsheet's 注：本表无数据 in one cell under the 合计) is
            // the table's statement or note, as the same words under the table are.
            const lone = block.cells.filter((c) => c.text);
            if (table.rows.length > 0 && lone.length === 1 && isNote(lone[0]?.text ?? '')) {
                const st = { text: lone[0]?.text ?? '', source: { file, line: block.line } };
                if (isEmptyStatement(st.text) && !table.emptyStatement)
                    table.emptyStatement = st;
                else
                    table.notes.push(st);
                continue;
            }
            const page = block.at?.page;
            if (page !== undefined && lastPage !== undefined && page !== lastPage) {
                joinStrip();
                pageFrom = table.rows.length;
            }
            lastPage = page;
            table.rows.push(block);
            continue;
        }
        // A paragraph.
        const text = block.text;
        if (isTocText(text)) {
            toc.push(statement(block, file));
            continue;
        }
        if (isPageFurniture(text))
            continue;
        if (pendingTitle) {
            if ((isPreambleText(text) || isStrayHeaderLabel(text, blocks[i + 1])) && !looksLikeTableTitle(text)) {
                const u = unitOf(text);
                if (u)
                    pendingTitle.unit = u;
                pendingTitle.preamble.push(statement(block, file));
                continue;
            }
            flushPendingAsText();
        }
        if (looksLikeTableTitle(text)) {
            pendingTitle = { para: block, preamble: [], unit: null };
            continue;
        }
        const table = current;
        if (table) {
            if (unitOf(text)) {
                table.unit ??= unitOf(text);
                continue;
            }
            if (isPreambleText(text) && table.rows.length > 0 && compact(text).length <= 12)
                continue;
            if (isNote(text) || isEmptyStatement(text) || (inNotes && /^\d{1,2}[.、．]/.test(text))) {
                const st = statement(block, file);
                if (isEmptyStatement(text) && !table.emptyStatement)
                    table.emptyStatement = st;
                else
                    table.notes.push(st);
                // Only a bare "说明：" opens a numbered list of notes (1.… 2.…).
                inNotes = inNotes || /^(?:注|说明|备注)[:：]?$/.test(compact(text));
                continue;
            }
            close();
        }
        paragraphs.push(block);
    }
    flushPendingAsText();
    close();
    return { tables, paragraphs, toc };
}
//# sourceMappingURL=segment.js.map