import { isTitleOrUnitLine } from '../normalize.js';
import { round1 } from './geometry.js';
import { joinText, lineText } from './layout/lines.js';
function boxOf(b) {
    return [round1(b.x0), round1(b.y0), round1(b.x1), round1(b.y1)];
}
/** A list item opening a line (一、 （二） 3. 第四部分): after a finished sentence it starts a new paragraph. */
const ITEM_START = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+部分)/;
const SENTENCE_END = /[。；;！!？?：:]$/;
/**
 * A wrapped line continues the one above: the one above runs to the right margin, this one is not
 * indented further, and the gap between them is no wider than the paragraph's own line gap so far
 * (paragraph spacing separates two paragraphs whose first ends at the margin).
 */
function continues(para, line, right, pageWidth) {
    const prev = para.last;
    if (prev.chunks.length > 1 || line.chunks.length > 1)
        return false;
    if (Math.abs(prev.size - line.size) > 0.5)
        return false;
    const gap = line.y0 - prev.y1;
    // A cover title in a large font, centred, wrapped over two lines.
    const centred = (l) => Math.abs((l.x0 + l.x1) / 2 - pageWidth / 2) < l.size * 1.5;
    if (prev.size >= 16 && centred(prev) && centred(line) && gap < prev.size * 1.6)
        return true;
    // A line broken off in mid-sentence at the margin goes on below even across a wider gap (烟台's
    // 情况说明 sets “（一）收入预算：…其中：一般公共预算” and “收入2,776.75万元…” 39 pt apart, not 28).
    const midSentence = /[\u4e00-\u9fff\dA-Za-z]$/.test(lineText(prev).trim()) && !ITEM_START.test(lineText(line).trim());
    if (gap > prev.size * (midSentence && para.gap === null ? 2 : 1.2))
        return false;
    if (para.gap !== null && gap > para.gap + prev.size * 0.25)
        return false;
    if (prev.x1 < right - prev.size * 2.5)
        return false;
    if (SENTENCE_END.test(lineText(prev).trim()) && ITEM_START.test(lineText(line).trim()))
        return false;
    return line.x0 <= prev.x0 + prev.size * 0.5;
}
/**
 * A table row with one text over most of the width that reads as a title or a 单位 line (drawn
 * inside the ruling, as spreadsheets print them) is a paragraph; a spanning group header is not.
 */
function isBannerRow(row, columns) {
    const filled = row.cells.filter((c) => c.text !== '');
    if (columns < 3 || filled.length !== 1 || (filled[0]?.span ?? 1) < Math.ceil(columns * 0.6))
        return false;
    return isTitleOrUnitLine(filled[0]?.text ?? '');
}
/**
 * A table continued from the previous page may lose columns there (a 合计 cell merged over the code
 * columns): place its cells on the previous page's columns when every border it has is one of them.
 */
export function onColumnsOf(table, previous, tolerance = 4) {
    const near = (x) => previous.xs.findIndex((p) => Math.abs(p - x) <= tolerance);
    if (table.xs.some((x) => near(x) < 0))
        return null;
    const rows = table.rows.map((row) => {
        const cells = previous.xs.slice(0, -1).map((x0, col) => ({
            text: '',
            col,
            span: 1,
            rowSpan: 1,
            x0,
            x1: previous.xs[col + 1],
            y0: row.y0,
            y1: row.y1,
        }));
        for (const cell of row.cells) {
            const start = near(cell.x0);
            const end = near(cell.x1);
            if (start < 0 || end <= start)
                continue;
            cells[start] = { ...cell, col: start, span: end - start };
        }
        return { ...row, cells };
    });
    return { ...table, xs: previous.xs, columns: previous.columns, rows };
}
export class BlockWriter {
    ocrPages;
    /** Pages read by OCR: their blocks and cells are marked. */
    constructor(ocrPages = new Set()) {
        this.ocrPages = ocrPages;
    }
    blocks = [];
    line = 0;
    /** The last table of the previous page, when nothing followed it there. */
    openTable = null;
    /** Where the blocks of the last table written begin, and its page. */
    lastTable = { start: 0, page: 0 };
    /** Place and text of each cell of the first rows of the table being written (its header), kept while it runs over pages. */
    headerCells = new Set();
    /** The laid-out table row each grid row was written from. */
    laidOf = new WeakMap();
    /** Cells of the table being written that the page break cut at their bottom, by column: they run on. */
    cutCells = new Map();
    addPage(page) {
        const before = this.blocks.length;
        this.writePage(page);
        if (!this.ocrPages.has(page.page))
            return;
        for (const block of this.blocks.slice(before)) {
            if (block.at)
                block.at.ocr = true;
            if (block.type === 'row')
                for (const cell of block.cells)
                    if (cell.at)
                        cell.at.ocr = true;
        }
    }
    writePage(page) {
        const items = [
            ...page.lines.map((line) => ({ kind: 'line', line })),
            ...page.tables.map((table) => ({ kind: 'table', table })),
        ].sort((a, b) => top(a) - top(b));
        // The right margin a wrapped line runs to; a table's edge counts, so that on a page of tables a
        // short title is not taken for a full line wrapping into the 单位 line under it.
        const right = Math.max(0, ...page.lines.map((l) => l.x1), ...page.tables.map((t) => t.x1));
        let para = null;
        const carried = this.openTable;
        this.openTable = null;
        items.forEach((item, index) => {
            if (item.kind === 'table') {
                para = null;
                const continued = index === 0 && carried && item.table.columns !== carried.columns ? onColumnsOf(item.table, carried) : null;
                if (index === 0 && carried && !continued && item.table.columns > carried.columns)
                    this.refine(carried, item.table);
                this.addTable(continued ?? item.table, page.page, index === 0 && carried !== null);
                if (index === items.length - 1)
                    this.openTable = continued ?? item.table;
                return;
            }
            const line = item.line;
            if (line.chunks.length > 1 && spaced(line)) {
                para = null;
                this.addChunkRow(line, page.page);
                return;
            }
            const text = lineText(line).trim();
            if (para && continues(para, line, right, page.width)) {
                para.gap = line.y0 - para.last.y1;
                para.block.text = joinText(para.block.text, text);
                const box = para.block.at?.box;
                if (box)
                    para.block.at = { page: page.page, box: [box[0], box[1], Math.max(box[2], round1(line.x1)), round1(line.y1)] };
                para.last = line;
                return;
            }
            const block = { type: 'para', text, line: ++this.line, at: { page: page.page, box: boxOf(line) } };
            this.blocks.push(block);
            para = { block, last: line, gap: null };
        });
    }
    addChunkRow(line, page) {
        const row = {
            type: 'row',
            cells: line.chunks.map((c, col) => ({ text: c.text, col, at: { page, box: boxOf(c) } })),
            line: ++this.line,
            lines: 1,
            at: { page, box: boxOf(line) },
        };
        this.blocks.push(row);
    }
    /**
     * A merged cell the page break cut (a project's name and amount spanning its indicator rows over
     * two pages) is one cell: the text of its part on this page goes on the text of its part on the
     * page before, where the row it belongs to was written; here it is blank.
     */
    joinCutCells(table) {
        const first = table.rows[0];
        if (!first)
            return;
        for (const cell of first.cells) {
            const before = this.cutCells.get(cell.col);
            if (!cell.cutTop || !before)
                continue;
            // A short text (a name, an amount) the printer had room to draw on both pages is drawn twice.
            if (before.text.replace(/\s/g, '') !== cell.text.replace(/\s/g, ''))
                before.text = joinText(before.text, cell.text);
            cell.text = '';
        }
    }
    /**
     * A table whose header broke across the page: the rows on the page before have only the coarse
     * columns of the header's upper rows. Write them again on the finer columns of this page.
     */
    refine(carried, next) {
        const placed = onColumnsOf(carried, next);
        if (!placed)
            return;
        const { start, page } = this.lastTable;
        this.blocks.splice(start);
        this.addTable(placed, page);
    }
    /** `continuing`: the table goes on from the last row written, on the page before. */
    addTable(table, page, continuing = false) {
        this.lastTable = { start: this.blocks.length, page };
        if (!continuing)
            this.headerCells = new Set(table.rows.slice(0, 4).flatMap((r) => r.cells.map(headerKey)));
        if (continuing)
            this.joinCutCells(table);
        this.cutCells = new Map();
        let first = continuing;
        for (const row of table.rows) {
            const filled = row.cells.filter((c) => c.text !== '');
            if (filled.length === 0)
                continue;
            const previous = this.blocks[this.blocks.length - 1];
            const previousLaid = previous?.type === 'row' ? this.laidOf.get(previous) : undefined;
            // A header repeated on the new page is not the rest of a broken row, nor is the next table's
            // title ruled into the top of the page (长春: 支出总表（预算表 3） boxed above its grid).
            const repeatsHeader = filled.some((c) => this.headerCells.has(headerKey(c)));
            const banner = isBannerRow(row, table.columns);
            if (first &&
                !repeatsHeader &&
                !banner &&
                previous?.type === 'row' &&
                previousLaid &&
                joinBrokenRow(previous, previousLaid, row)) {
                first = false;
                continue;
            }
            first = false;
            if (banner) {
                const cell = filled[0];
                this.blocks.push({ type: 'para', text: cell.text, line: ++this.line, at: { page, box: boxOf(cell) } });
                continue;
            }
            const block = {
                type: 'row',
                cells: row.cells.map((c) => {
                    const cell = { text: c.text, col: c.col, span: c.span, rowSpan: c.rowSpan, at: { page, box: boxOf(c) } };
                    if (c.cutBottom)
                        this.cutCells.set(c.col, cell);
                    return cell;
                }),
                line: ++this.line,
                lines: 1,
                at: { page, box: boxOf(row) },
            };
            this.laidOf.set(block, row);
            this.blocks.push(block);
        }
    }
}
/** A header cell repeated on a new page comes back in the same place, with the same span. */
const headerKey = (cell) => `${cell.col}+${cell.span}:${cell.text}`;
/** A figure: an amount, a count, a share or a target value (≥90%), never the rest of a wrapped text. */
const FIGURE = /^[\s\d.,%‰\-−+()（）<>=≥≤]+$/;
/**
 * An amount or a short number, which never wraps. A long digit run (an ID such as 140010001 before a
 * unit name) and a target value with a sign (≥ 4000, continued by 人次) may.
 */
const UNBROKEN = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$|^[-−]?\d{1,3}(?:,\d{3})+$|^[-−]?\d{1,5}$/;
/** An amount printed to two decimals, its thousands grouped or not. */
const WHOLE_AMOUNT = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/;
/**
 * The rest of an amount a narrow cell wrapped onto the next page ("12,437.3" | "6" in 杭州's 收入预算总表):
 * the text above is no whole amount of two decimals, and the two joined are one.
 */
function continuesAmount(above, rest) {
    const head = above.replace(/\s/g, '');
    return !WHOLE_AMOUNT.test(head) && WHOLE_AMOUNT.test(head + rest.replace(/\s/g, ''));
}
/**
 * A row broken by a page break (Word lets a row break across pages): the first row on the new page
 * holds only the rest of texts the last row of the page before began — text in columns where that row
 * has text running to the cell's border, and cells the row before filled left empty; a figure only as
 * the rest of an amount cut short. Its text is joined back into the row written before (`previous`,
 * laid out as `previousLaid`).
 */
export function joinBrokenRow(previous, previousLaid, row) {
    const filled = row.cells.filter((c) => c.text !== '');
    const before = (col) => previous.cells.find((c) => c.col === col && c.text !== '');
    const runsToBorder = (col) => previousLaid.cells.find((c) => c.col === col)?.full === true;
    const joins = (cell) => {
        const above = before(cell.col)?.text.trim();
        if (above === undefined || !runsToBorder(cell.col))
            return false;
        return FIGURE.test(cell.text) ? continuesAmount(above, cell.text) : !UNBROKEN.test(above);
    };
    if (!filled.every(joins))
        return false;
    if (previous.cells.filter((c) => c.text !== '').length <= filled.length)
        return false;
    for (const cell of filled) {
        const target = before(cell.col);
        if (!target)
            continue;
        target.text = FIGURE.test(cell.text)
            ? `${target.text.replace(/\s/g, '')}${cell.text.trim()}`
            : joinText(target.text, cell.text);
    }
    return true;
}
function top(item) {
    return item.kind === 'line' ? item.line.y0 : item.table.y0;
}
/** Chunks far apart (more than four characters): separate cells, not words of a sentence. */
function spaced(line) {
    for (let i = 1; i < line.chunks.length; i++) {
        const a = line.chunks[i - 1];
        const b = line.chunks[i];
        if (b.x0 - a.x1 > line.size * 4)
            return true;
    }
    return false;
}
//# sourceMappingURL=blocks.js.map