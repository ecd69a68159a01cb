function cluster(values, tolerance) {
    const sorted = [...new Set(values)].sort((a, b) => a - b);
    const snapped = new Map();
    let group = [];
    const flush = () => {
        const mean = group.reduce((s, v) => s + v, 0) / group.length;
        for (const v of group)
            snapped.set(v, Math.round(mean * 100) / 100);
        group = [];
    };
    for (const v of sorted) {
        if (group.length > 0 && v - group[group.length - 1] > tolerance)
            flush();
        group.push(v);
    }
    if (group.length > 0)
        flush();
    return snapped;
}
function mergeOriented(edges, orientation, settings) {
    const own = edges.filter((e) => e.orientation === orientation);
    const across = (e) => (orientation === 'h' ? e.y0 : e.x0);
    const snap = cluster(own.map(across), settings.snapTolerance);
    const byLine = new Map();
    for (const e of own) {
        const at = snap.get(across(e));
        const span = orientation === 'h' ? [e.x0, e.x1] : [e.y0, e.y1];
        const list = byLine.get(at) ?? [];
        list.push(span);
        byLine.set(at, list);
    }
    const merged = [];
    for (const [at, spans] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
        spans.sort((a, b) => a[0] - b[0]);
        let [start, end] = spans[0];
        const emit = () => merged.push(orientation === 'h'
            ? { orientation, x0: start, x1: end, y0: at, y1: at }
            : { orientation, x0: at, x1: at, y0: start, y1: end });
        for (const [s, e] of spans.slice(1)) {
            if (s <= end + settings.joinTolerance)
                end = Math.max(end, e);
            else {
                emit();
                [start, end] = [s, e];
            }
        }
        emit();
    }
    return merged.filter((e) => (orientation === 'h' ? e.x1 - e.x0 : e.y1 - e.y0) >= settings.minEdgeLength);
}
export function mergeEdges(edges, settings) {
    return [...mergeOriented(edges, 'h', settings), ...mergeOriented(edges, 'v', settings)];
}
//# sourceMappingURL=edges.js.map