export function placeCells(rows, width) {
    const covered = rows.map(() => new Map());
    return rows.map((row, r) => {
        const placed = [];
        let col = 0;
        const taken = covered[r];
        const skipCovered = () => {
            while (taken.has(col)) {
                const span = taken.get(col);
                placed.push({ kind: 'covered', col, span });
                col += span;
            }
        };
        for (const cell of row) {
            skipCovered();
            const span = cell.colSpan ?? 1;
            const down = cell.rowSpan ?? 1;
            placed.push({ kind: 'origin', cell, col, span, merged: down > 1 });
            for (let k = 1; k < down && r + k < rows.length; k++)
                covered[r + k].set(col, span);
            col += span;
        }
        skipCovered();
        // A short row is filled to the grid's width, so Word draws every border.
        while (col < width) {
            placed.push({ kind: 'origin', cell: { text: '' }, col, span: 1, merged: false });
            col++;
        }
        return placed;
    });
}
//# sourceMappingURL=grid-matrix.js.map