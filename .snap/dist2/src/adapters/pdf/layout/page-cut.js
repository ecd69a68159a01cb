/** Fewest open vertical rules ending at one height for a page cut: a table, not a stray rule. */
const MIN_OPEN_RULES = 3;
/**
 * Heights where at least three vertical rules end with no vertical rule of the same span passing
 * through and no horizontal rule across them: the top (or bottom) of a table the page cut.
 */
export function pageCuts(edges, settings) {
    const tol = settings.snapTolerance;
    const vertical = edges.filter((e) => e.orientation === 'v');
    const horizontal = edges.filter((e) => e.orientation === 'h');
    const cuts = [];
    for (const side of ['top', 'bottom']) {
        const end = (e) => (side === 'top' ? e.y0 : e.y1);
        const groups = new Map();
        for (const e of vertical) {
            const key = [...groups.keys()].find((y) => Math.abs(y - end(e)) <= tol) ?? end(e);
            groups.set(key, [...(groups.get(key) ?? []), e]);
        }
        for (const [y, ends] of groups) {
            if (ends.length < MIN_OPEN_RULES)
                continue;
            const x0 = Math.min(...ends.map((e) => e.x0));
            const x1 = Math.max(...ends.map((e) => e.x0));
            const passes = vertical.some((e) => e.x0 > x0 - tol && e.x0 < x1 + tol && e.y0 < y - tol && e.y1 > y + tol);
            if (passes)
                continue;
            const across = horizontal.filter((h) => Math.abs(h.y0 - y) <= tol && h.x1 > x0 && h.x0 < x1);
            const covered = across.reduce((sum, h) => sum + Math.min(h.x1, x1) - Math.max(h.x0, x0), 0);
            if (covered >= x1 - x0 - tol)
                continue;
            cuts.push({ y, x0, x1, side });
        }
    }
    return cuts;
}
/** The borders the cuts draw. */
export function cutEdges(cuts) {
    return cuts.map((c) => ({ orientation: 'h', x0: c.x0, x1: c.x1, y0: c.y, y1: c.y }));
}
/** Is this cell's top (or bottom) a page cut? */
export function cutSide(cell, cuts, side, tol) {
    const y = side === 'top' ? cell.y0 : cell.y1;
    return cuts.some((c) => c.side === side && Math.abs(c.y - y) <= tol && cell.x0 >= c.x0 - tol && cell.x1 <= c.x1 + tol);
}
/**
 * Text beyond a cut, over a cell the cut opens: the rest of that cell's text, which the printer
 * clipped away on this page (and prints on the next). Not read as free lines.
 */
export function isClippedOverflow(at, cells, cuts, tol) {
    return cells.some((cell) => {
        if (at.x < cell.x0 || at.x > cell.x1)
            return false;
        if (at.y < cell.y0)
            return cutSide(cell, cuts, 'top', tol);
        if (at.y > cell.y1)
            return cutSide(cell, cuts, 'bottom', tol);
        return false;
    });
}
//# sourceMappingURL=page-cut.js.map