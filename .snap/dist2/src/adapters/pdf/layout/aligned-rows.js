/**
 * The rows of a table drawn without rules: one per data line, each cell joined with the lines of its
 * text that wrap above or below the data line (a long name, a 绩效目标 paragraph). A table whose cells
 * are top-aligned wraps them downwards; one whose cells are centred on their row (广州's tables) puts
 * as many lines above the data line as below it. Which one a table does shows where a wrapped cell
 * has no text on its data line, or where lines sit under a row that has nothing in that column.
 */
import { coveredColumns } from './aligned-columns.js';
import { joinText } from './lines.js';
export function toRow(line, xs) {
    const columns = xs.length - 1;
    const cells = Array.from({ length: columns }, (_, col) => ({
        text: '',
        col,
        span: 1,
        rowSpan: 1,
        x0: xs[col],
        x1: xs[col + 1],
        y0: line.y0,
        y1: line.y1,
    }));
    for (const chunk of line.chunks) {
        const covered = coveredColumns(chunk, xs);
        const first = covered[0];
        if (first === undefined)
            continue;
        const cell = cells[first];
        cell.text = joinText(cell.text, chunk.text);
        cell.span = Math.max(cell.span, covered[covered.length - 1] - first + 1);
    }
    return { x0: xs[0], x1: xs[xs.length - 1], y0: line.y0, y1: line.y1, cells };
}
/** `lines` in reading order, data lines and the lines of wrapped texts among them. */
export function bodyRows(lines, isData, xs) {
    const data = lines.filter(isData);
    const rows = data.map((line) => toRow(line, xs));
    const columns = xs.length - 1;
    // gaps[c][r]: the wrapped lines of column c above data row r (r = rows.length: below the last).
    const gaps = Array.from({ length: columns }, () => Array.from({ length: rows.length + 1 }, () => []));
    let r = 0;
    for (const line of lines) {
        if (isData(line)) {
            r++;
            continue;
        }
        for (const cell of toRow(line, xs).cells)
            if (cell.text !== '')
                gaps[cell.col]?.[r]?.push({ x0: textStart(line, cell.col, xs), y0: line.y0, y1: line.y1, text: cell.text });
    }
    const own = (row, col) => rows[row]?.cells[col]?.text !== '';
    // Lines before the first data line, or under a row with nothing in that column, cannot continue
    // the text of the row above: the cells are centred.
    const centred = gaps.some((byRow, col) => byRow.some((parts, k) => parts.length > 0 && (k === 0 || !own(k - 1, col))));
    for (let col = 0; col < columns; col++) {
        const byRow = gaps[col];
        const taken = rows.map(() => []);
        if (centred) {
            let above = byRow[0] ?? [];
            for (let k = 0; k < rows.length; k++) {
                const next = byRow[k + 1] ?? [];
                // As many lines below the data line as above it; the last row takes all that follow.
                const below = k === rows.length - 1 ? next.length : Math.min(above.length, next.length);
                taken[k] = [...above, ...next.slice(0, below)];
                above = next.slice(below);
            }
        }
        else {
            for (let k = 0; k < rows.length; k++)
                taken[k] = [...(k === 0 ? (byRow[0] ?? []) : []), ...(byRow[k + 1] ?? [])];
        }
        taken.forEach((parts, k) => {
            if (parts.length > 0)
                place(rows[k], col, data[k], parts, xs);
        });
    }
    return rows;
}
/** Where the text a line puts in a column starts. */
function textStart(line, col, xs) {
    return Math.min(...line.chunks.filter((c) => coveredColumns(c, xs)[0] === col).map((c) => c.x0));
}
function place(row, col, line, parts, xs) {
    const cell = row.cells[col];
    const all = cell.text === '' ? parts : [...parts, { x0: textStart(line, col, xs), y0: line.y0, y1: line.y1, text: cell.text }];
    // Lines in reading order; pieces of one line (OCR puts them on baselines a little apart) left to right.
    const order = (a, b) => (Math.abs(a.y0 - b.y0) < line.size * 0.5 ? a.x0 - b.x0 : a.y0 - b.y0);
    cell.text = all.sort(order).reduce((text, p) => joinText(text, p.text), '');
    row.y0 = Math.min(row.y0, ...parts.map((p) => p.y0));
    row.y1 = Math.max(row.y1, ...parts.map((p) => p.y1));
}
/**
 * Lines at the bottom of the header block that are the upper half of the first row's centred cells:
 * each of their cells sits in a column where the first row has more wrapped lines below its data line
 * than claimed above it so far. Returns how many header lines (from the bottom) belong to the body.
 */
export function firstRowLines(header, body, isData, xs) {
    const first = body.findIndex(isData);
    const second = body.findIndex((l, k) => k > first && isData(l));
    const below = new Map();
    for (const line of body.slice(first + 1, second < 0 ? body.length : second))
        for (const cell of toRow(line, xs).cells)
            if (cell.text !== '')
                below.set(cell.col, (below.get(cell.col) ?? 0) + 1);
    const claimed = new Map();
    let count = 0;
    for (let k = header.length - 1; k >= 0; k--) {
        const cells = toRow(header[k], xs).cells.filter((c) => c.text !== '');
        if (!cells.every((c) => (below.get(c.col) ?? 0) > (claimed.get(c.col) ?? 0)))
            break;
        for (const c of cells)
            claimed.set(c.col, (claimed.get(c.col) ?? 0) + 1);
        count++;
    }
    return count;
}
//# sourceMappingURL=aligned-rows.js.map