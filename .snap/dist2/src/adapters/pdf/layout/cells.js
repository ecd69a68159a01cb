export function intersections(edges, settings) {
    const tol = settings.intersectionTolerance;
    const h = edges.filter((e) => e.orientation === 'h');
    const v = edges.filter((e) => e.orientation === 'v');
    const points = new Map();
    for (const ve of v) {
        for (const he of h) {
            if (ve.x0 >= he.x0 - tol && ve.x0 <= he.x1 + tol && he.y0 >= ve.y0 - tol && he.y0 <= ve.y1 + tol) {
                points.set(`${ve.x0}|${he.y0}`, { x: ve.x0, y: he.y0 });
            }
        }
    }
    return [...points.values()].sort((a, b) => a.y - b.y || a.x - b.x);
}
/** Is the segment from a to b (same y, or same x) covered by one edge? */
function covered(index, at, from, to, horizontal, tol) {
    for (const e of index.get(at) ?? []) {
        const [s, t] = horizontal ? [e.x0, e.x1] : [e.y0, e.y1];
        if (s <= from + tol && t >= to - tol)
            return true;
    }
    return false;
}
export function cellsFrom(edges, points, settings) {
    const tol = settings.intersectionTolerance;
    const byY = new Map();
    const byX = new Map();
    for (const e of edges) {
        const index = e.orientation === 'h' ? byY : byX;
        const key = e.orientation === 'h' ? e.y0 : e.x0;
        const list = index.get(key) ?? [];
        list.push(e);
        index.set(key, list);
    }
    const set = new Set(points.map((p) => `${p.x}|${p.y}`));
    const rowOf = new Map();
    const colOf = new Map();
    for (const p of points) {
        rowOf.set(p.y, [...(rowOf.get(p.y) ?? []), p]);
        colOf.set(p.x, [...(colOf.get(p.x) ?? []), p]);
    }
    const cells = [];
    for (const p of points) {
        const below = (colOf.get(p.x) ?? []).filter((q) => q.y > p.y).sort((a, b) => a.y - b.y);
        const right = (rowOf.get(p.y) ?? []).filter((q) => q.x > p.x).sort((a, b) => a.x - b.x);
        let found = null;
        for (const b of below) {
            if (!covered(byX, p.x, p.y, b.y, false, tol))
                break;
            for (const r of right) {
                if (!covered(byY, p.y, p.x, r.x, true, tol))
                    break;
                if (!set.has(`${r.x}|${b.y}`))
                    continue;
                if (covered(byY, b.y, b.x, r.x, true, tol) && covered(byX, r.x, r.y, b.y, false, tol)) {
                    found = { x0: p.x, y0: p.y, x1: r.x, y1: b.y };
                    break;
                }
            }
            if (found)
                break;
        }
        if (found)
            cells.push(found);
    }
    return cells;
}
//# sourceMappingURL=cells.js.map