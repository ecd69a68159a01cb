/**
 * One page through every layout stage: edges → intersections → cells → ruled tables, text placed
 * into their cells, and the remaining text as lines. Each stage's result is kept for --debug-layout.
 */
import { centerX, contains } from '../geometry.js';
import { splitAtBorders } from '../text.js';
import { alignedTables } from './aligned.js';
import { DECIMAL } from './aligned-columns.js';
import { cellsFrom, intersections } from './cells.js';
import { mergeEdges } from './edges.js';
import { groupLines, joinText, lineText } from './lines.js';
import { coverage, openCellAt } from './open-cells.js';
import { cutEdges, cutSide, isClippedOverflow, pageCuts } from './page-cut.js';
import { crossedBorder, rejoinAmountAt } from './split-amounts.js';
import { tablesFrom } from './tables.js';
/**
 * Text of the pieces inside one cell: lines top to bottom, joined without spaces between Chinese;
 * `full` when the last line ends within two characters of the cell's right border.
 */
function cellText(pieces, right, settings) {
    if (pieces.length === 0)
        return { text: '', full: false };
    const lines = groupLines(pieces, settings);
    const last = lines[lines.length - 1];
    return {
        text: lines
            .map(lineText)
            .reduce((text, line) => joinText(text, line), '')
            .trim(),
        full: last.x1 >= right - last.size * 2,
    };
}
/**
 * A cell merged over several columns that holds one amount set against its right border stands in
 * its last column: spreadsheets merge a 合计 row's cells where the label and text columns meet the
 * amounts (北京 水务局 预算03表: 1,024,807.171785 in a cell over 部门支出经济分类科目 and 合计), and
 * the figure is the 合计's. Other merged cells keep their first column.
 */
function amountColumn(cell, pieces, text, xs) {
    if (cell.colSpan < 2 || !DECIMAL.test(text.replace(/\s+/g, '')) || pieces.length === 0)
        return cell;
    const right = Math.max(...pieces.map((p) => p.x1));
    const size = Math.max(...pieces.map((p) => p.size));
    const last = cell.col + cell.colSpan - 1;
    const lastLeft = xs[last];
    if (cell.x1 - right > size * 1.5 || right <= lastLeft)
        return cell;
    return { ...cell, col: last, colSpan: 1, x0: lastLeft };
}
/**
 * The cell a piece stands in, by its middle; a piece drawn across the table's bottom border (the last
 * line of a cell's text overflowing it: 北京 教育委员会 预算12表 p.79, “…积极” | “作用。”) belongs to the
 * bottom cell its top is in, not after the table, where it would part the table from its next page.
 */
function cellIndexAt(table, x, y, top) {
    const index = table.cells.findIndex((c) => contains(c, x, y, 0.5));
    if (index >= 0 || y <= table.y1 || top >= table.y1)
        return index;
    return table.cells.findIndex((c) => Math.abs(c.y1 - table.y1) < 0.5 && contains(c, x, table.y1 - 0.5, 0.5));
}
function fill(table, pieces, cuts, settings) {
    const inCell = table.cells.map(() => []);
    const rest = [];
    const borders = table.xs.slice(1, -1);
    const split = pieces.flatMap((p) => (p.y0 < table.y1 && p.y1 > table.y0 ? splitAtBorders(p, borders) : [p]));
    /** Rows and the column left of a border that a piece of several characters ran across. */
    const crossed = [];
    const covered = coverage(table);
    const inOpen = new Map();
    for (const piece of split) {
        const x = centerX(piece);
        const y = piece.baseline - piece.size * 0.35;
        const index = cellIndexAt(table, x, y, piece.y0);
        const cell = table.cells[index];
        if (cell) {
            inCell[index]?.push(piece);
            const border = crossedBorder(piece, borders);
            if (border >= 0)
                crossed.push({ row: cell.row, col: border });
            continue;
        }
        const open = openCellAt(table, covered, x, y);
        if (!open) {
            // Beyond a page cut, over a cell the cut opens: text the printer clipped away on this page.
            if (cuts.length === 0 || !isClippedOverflow({ x, y }, table.cells, cuts, settings.snapTolerance))
                rest.push(piece);
            continue;
        }
        const key = `${open.row}:${open.col}`;
        const entry = inOpen.get(key) ?? { cell: open, pieces: [] };
        entry.pieces.push(piece);
        inOpen.set(key, entry);
    }
    const rowCount = table.ys.length - 1;
    const columns = table.xs.length - 1;
    const rows = [];
    for (let r = 0; r < rowCount; r++) {
        const cells = [];
        for (let c = 0; c < columns; c++) {
            cells.push({
                text: '',
                col: c,
                span: 1,
                rowSpan: 1,
                x0: table.xs[c],
                x1: table.xs[c + 1],
                y0: table.ys[r],
                y1: table.ys[r + 1],
            });
        }
        rows.push({ x0: table.x0, x1: table.x1, y0: table.ys[r], y1: table.ys[r + 1], cells });
    }
    table.cells.forEach((merged, i) => {
        const row = rows[merged.row];
        if (!row)
            return;
        const { text, full } = cellText(inCell[i] ?? [], merged.x1, settings);
        const cell = amountColumn(merged, inCell[i] ?? [], text, table.xs);
        const tol = settings.snapTolerance;
        row.cells[cell.col] = {
            text,
            full,
            ...(cutSide(cell, cuts, 'top', tol) ? { cutTop: true } : {}),
            ...(cutSide(cell, cuts, 'bottom', tol) ? { cutBottom: true } : {}),
            col: cell.col,
            span: cell.colSpan,
            rowSpan: cell.rowSpan,
            x0: cell.x0,
            x1: cell.x1,
            y0: cell.y0,
            y1: cell.y1,
        };
    });
    for (const { cell, pieces: inside } of inOpen.values()) {
        const row = rows[cell.row];
        const x1 = table.xs[cell.col + cell.span];
        const { text, full } = cellText(inside, x1, settings);
        row.cells[cell.col] = {
            text,
            full,
            col: cell.col,
            span: cell.span,
            rowSpan: 1,
            x0: table.xs[cell.col],
            x1,
            y0: row.y0,
            y1: row.y1,
        };
    }
    for (const { row, col } of crossed) {
        const cells = rows[row]?.cells;
        if (cells)
            rejoinAmountAt(cells, col);
    }
    return { laid: { x0: table.x0, x1: table.x1, y0: table.y0, y1: table.y1, xs: table.xs, columns, rows }, rest };
}
export function layoutPage(content, settings) {
    const drawn = mergeEdges(content.edges, settings);
    const cuts = pageCuts(drawn, settings);
    const edges = cuts.length > 0 ? mergeEdges([...drawn, ...cutEdges(cuts)], settings) : drawn;
    const points = intersections(edges, settings);
    const cells = cellsFrom(edges, points, settings);
    const ruled = tablesFrom(cells, settings);
    let pieces = content.pieces;
    const tables = [];
    for (const table of ruled) {
        const { laid, rest } = fill(table, pieces, cuts, settings);
        const hasText = laid.rows.some((r) => r.cells.some((c) => c.text !== ''));
        if (!hasText)
            continue;
        tables.push(laid);
        pieces = rest;
    }
    // What no ruling holds may still be a table, aligned by its text.
    const aligned = alignedTables(groupLines(pieces, settings), settings);
    tables.push(...aligned.tables);
    tables.sort((a, b) => a.y0 - b.y0);
    return { page: content.page, width: content.width, height: content.height, edges, points, cells, tables, lines: aligned.rest };
}
//# sourceMappingURL=page.js.map