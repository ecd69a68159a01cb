import { isTitleOrUnitLine, normalizeText } from './normalize.js';
/** A cell's text on one line: wrapped lines joined, spaces collapsed. */
export function normaliseCellText(text) {
    return normalizeText(text.replace(/\s*\n\s*/g, ''))
        .replace(/ {2,}/g, ' ')
        .trim();
}
/**
 * A lone cell that reads as text around a table, not in it: a title or 单位 line across the table,
 * or a long sentence across most of it.
 */
function isProse(cell, columns) {
    const text = cell.text.replace(/\s+/g, '');
    if (columns < 3 || cell.span < Math.ceil(columns * 0.6))
        return false;
    // Across (nearly) the whole width: a paragraph laid out in merged cells (office exports).
    return isTitleOrUnitLine(text) || text.length >= 12 || cell.span >= Math.ceil(columns * 0.9);
}
/**
 * A position no cell of the table starts at is no column of it: a spreadsheet that lays several
 * tables over shared sheet columns merges each cell of a narrower table over several of them (and
 * writes blank formatted cells beside them, which start nothing: only a cell with text or a merge does).
 * Renumbers the cells onto the positions cells start at; returns how many there are.
 */
function collapseColumns(placed, columns) {
    const defines = (c) => c.text !== '' || c.span > 1 || c.rowSpan > 1;
    const starts = [
        ...new Set(placed
            .flat()
            .filter(defines)
            .map((c) => c.col)),
    ].sort((a, b) => a - b);
    if (starts.length === columns)
        return columns;
    const index = new Map(starts.map((col, i) => [col, i]));
    for (const cells of placed) {
        // A blank cell at no start is dropped; the others are renumbered.
        const kept = cells.filter((cell) => index.has(cell.col));
        for (const cell of kept) {
            cell.span = starts.filter((s) => s >= cell.col && s < cell.col + cell.span).length;
            cell.col = index.get(cell.col);
        }
        cells.splice(0, cells.length, ...kept);
    }
    return starts.length;
}
/** Rows of one table → blocks, numbering lines with `nextLine`; `placeOf` places cells the source did not. */
export function tableBlocks(rows, nextLine, placeOf) {
    const occupied = new Map();
    const taken = (r) => {
        let set = occupied.get(r);
        if (!set) {
            set = new Set();
            occupied.set(r, set);
        }
        return set;
    };
    const placed = [];
    let columns = 0;
    rows.forEach((row, r) => {
        const cells = [];
        let col = 0;
        for (const source of row.cells) {
            if (source.col !== undefined)
                col = source.col;
            while (taken(r).has(col))
                col++;
            const span = Math.max(1, source.colSpan ?? 1);
            const rowSpan = Math.max(1, Math.min(source.rowSpan ?? 1, rows.length - r));
            for (let dr = 0; dr < rowSpan; dr++)
                for (let dc = 0; dc < span; dc++)
                    taken(r + dr).add(col + dc);
            const at = source.at ?? placeOf?.(r, col);
            cells.push({ text: normaliseCellText(source.text), col, span, rowSpan, ...(at ? { at } : {}) });
            col += span;
        }
        columns = Math.max(columns, col);
        placed.push(cells);
    });
    for (const set of occupied.values())
        for (const c of set)
            columns = Math.max(columns, c + 1);
    // No row with two filled cells: lines of text laid out in cells (narrative sheets), not a table.
    const prose = placed.every((cells) => cells.filter((c) => c.text !== '').length <= 1);
    const isPara = placed.map((cells) => {
        const filled = cells.filter((c) => c.text !== '');
        return filled.length === 1 && (prose || isProse(filled[0], columns));
    });
    // Tables one under another, between titles: each has columns of its own.
    const widths = [];
    for (let start = 0; start < placed.length;) {
        let end = start;
        while (end < placed.length && !isPara[end])
            end++;
        const width = collapseColumns(placed.slice(start, end), columns);
        for (let r = start; r < end; r++)
            widths[r] = width;
        start = Math.max(end, start + 1);
    }
    const blocks = [];
    placed.forEach((cells, r) => {
        const filled = cells.filter((c) => c.text !== '');
        if (filled.length === 0)
            return;
        const at = rows[r]?.at ?? placeOf?.(r, 0);
        const only = filled[0];
        if (isPara[r]) {
            blocks.push({ type: 'para', text: only.text, line: nextLine(), ...(only.at ? { at: only.at } : {}) });
            return;
        }
        const width = widths[r] ?? columns;
        const dense = [];
        for (let c = 0; c < width; c++)
            dense.push({ text: '', col: c });
        for (const cell of cells)
            if (cell.col < width)
                dense[cell.col] = cell;
        const row = { type: 'row', cells: dense, line: nextLine(), lines: 1, ...(at ? { at } : {}) };
        blocks.push(row);
    });
    return blocks;
}
//# sourceMappingURL=grid.js.map