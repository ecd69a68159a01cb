export function headerRows(paths) {
    const depth = Math.max(1, ...paths.map((p) => p.length));
    const key = (p, level) => JSON.stringify([p.slice(0, level + 1), level === p.length - 1]);
    const rows = [];
    for (let level = 0; level < depth; level++) {
        const cells = [];
        for (let col = 0; col < paths.length;) {
            const path = paths[col];
            if (path.length === 0) {
                if (level === 0)
                    cells.push({ text: '', rowSpan: depth, align: 'center' });
                col++;
                continue;
            }
            if (level >= path.length) {
                col++;
                continue;
            }
            let span = 1;
            while (col + span < paths.length && key(paths[col + span], level) === key(path, level))
                span++;
            const rowSpan = level === path.length - 1 ? depth - level : 1;
            cells.push({
                text: path[level],
                align: 'center',
                ...(span > 1 ? { colSpan: span } : {}),
                ...(rowSpan > 1 ? { rowSpan } : {}),
            });
            col += span;
        }
        rows.push(cells);
    }
    return rows;
}
//# sourceMappingURL=header-grid.js.map