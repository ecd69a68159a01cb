/**
 * Stage 4: cells → tables. Cells sharing a corner belong to one table; the table's grid columns
 * and rows are the distinct cell borders, so a merged cell gets its column and row span.
 */
import { union } from '../geometry.js';
function corners(c) {
    return [`${c.x0}|${c.y0}`, `${c.x1}|${c.y0}`, `${c.x0}|${c.y1}`, `${c.x1}|${c.y1}`];
}
/** Union-find over cells by shared corners. */
function groups(cells) {
    const parent = cells.map((_, i) => i);
    const find = (i) => {
        while (parent[i] !== i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    };
    const owner = new Map();
    cells.forEach((cell, i) => {
        for (const corner of corners(cell)) {
            const j = owner.get(corner);
            if (j === undefined)
                owner.set(corner, i);
            else
                parent[find(i)] = find(j);
        }
    });
    const out = new Map();
    cells.forEach((cell, i) => {
        const root = find(i);
        out.set(root, [...(out.get(root) ?? []), cell]);
    });
    return [...out.values()];
}
export function tablesFrom(cells, settings) {
    const tables = [];
    for (const group of groups(cells)) {
        if (group.length < settings.minTableCells)
            continue;
        const xs = [...new Set(group.flatMap((c) => [c.x0, c.x1]))].sort((a, b) => a - b);
        const ys = [...new Set(group.flatMap((c) => [c.y0, c.y1]))].sort((a, b) => a - b);
        const gridCells = group
            .map((c) => {
            const col = xs.indexOf(c.x0);
            const row = ys.indexOf(c.y0);
            return { ...c, row, col, colSpan: xs.indexOf(c.x1) - col, rowSpan: ys.indexOf(c.y1) - row };
        })
            .sort((a, b) => a.row - b.row || a.col - b.col);
        tables.push({ ...union(group), xs, ys, cells: gridCells });
    }
    return tables.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}
//# sourceMappingURL=tables.js.map