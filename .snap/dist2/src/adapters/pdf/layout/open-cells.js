/** Per grid row, which columns a closed cell covers. */
export function coverage(table) {
    const rows = table.ys.length - 1;
    const columns = table.xs.length - 1;
    const covered = Array.from({ length: rows }, () => new Array(columns).fill(false));
    for (const cell of table.cells) {
        for (let r = cell.row; r < cell.row + cell.rowSpan && r < rows; r++) {
            for (let c = cell.col; c < cell.col + cell.colSpan && c < columns; c++)
                covered[r][c] = true;
        }
    }
    return covered;
}
/** The open cell at a point of the table, or null when the point is outside it or in a closed cell's place. */
export function openCellAt(table, covered, x, y) {
    if (x <= table.x0 || x >= table.x1 || y <= table.y0 || y >= table.y1)
        return null;
    const row = table.ys.findIndex((y0, i) => y >= y0 && y < (table.ys[i + 1] ?? Number.NEGATIVE_INFINITY));
    const col = table.xs.findIndex((x0, i) => x >= x0 && x < (table.xs[i + 1] ?? Number.NEGATIVE_INFINITY));
    const line = covered[row];
    if (!line || col < 0 || line[col])
        return null;
    let start = col;
    while (start > 0 && !line[start - 1])
        start--;
    let end = col + 1;
    while (end < line.length && !line[end])
        end++;
    return { row, col: start, span: end - start };
}
//# sourceMappingURL=open-cells.js.map