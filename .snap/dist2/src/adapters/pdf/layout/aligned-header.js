/**
 * The header of a table drawn without rules: the lines above its first data row, whose cells may be
 * wrapped over several lines (一般公共预 / 算) and centred over the columns they head. A label is a
 * group when it is centred over several columns that each have labels below it (财政拨款收入 over
 * 一般公共预算 | 政府性基金预算 | 国有资本经营预算); every other label belongs to the column its
 * centre is in, and the labels of one column are read top to bottom as one text.
 */
import { borderAt, gutterOf } from './aligned-columns.js';
import { joinText } from './lines.js';
const center = (c) => (c.x0 + c.x1) / 2;
function columnAt(x, xs) {
    for (let col = 0; col < xs.length - 1; col++)
        if (x < xs[col + 1])
            return col;
    return xs.length - 2;
}
/**
 * Where border `k` may lie ([from, to]) and most likely lies: in the gutter between the ranges of
 * columns k-1 and k. An outer border is where a label centred in the outer column puts it (mirrored
 * from the column's inner border), else a little outside its range.
 */
function border(k, ranges, labels, size) {
    const before = ranges[k - 1];
    const after = ranges[k];
    if (before && after) {
        const [from, to] = gutterOf(ranges, k);
        return { from, to, at: borderAt(ranges, k) };
    }
    const col = before ? k - 1 : k;
    const own = (before ?? after);
    const edge = before ? own.x1 : own.x0;
    // The lowest label of the column names it alone (a group label above may be off-centre).
    const leaf = labels.filter((l) => l.col === col).sort((a, b) => b.chunk.y0 - a.chunk.y0)[0];
    if (!leaf || ranges.length < 2)
        return before ? { from: edge, to: edge + size * 2, at: edge } : { from: edge - size * 2, to: edge, at: edge };
    const inner = border(before ? k - 1 : 1, ranges, labels, size);
    const mid = center(leaf.chunk);
    const clamp = (x) => (before ? Math.max(x, edge) : Math.min(x, edge));
    const [a, b] = [clamp(2 * mid - inner.to), clamp(2 * mid - inner.from)];
    return { from: Math.min(a, b), to: Math.max(a, b), at: clamp(2 * mid - inner.at) };
}
/** The run of columns around `label` that it is centred over and heads (each has a label below it). */
function groupSpan(label, labels, ranges) {
    const c = label.chunk;
    const below = (col) => labels.some((l) => l !== label && l.col === col && l.chunk.y0 >= c.y1 - 0.5);
    const beside = (col) => labels.some((l) => l !== label && l.col === col && l.chunk.y0 < c.y1 - 0.5 && l.chunk.y1 > c.y0 + 0.5);
    // A column nearer another label of this line belongs under that one (财政拨款收入 | 财政专户拨款收入).
    const siblings = labels.filter((l) => l !== label && l.chunk.y0 < c.y1 - 0.5 && l.chunk.y1 > c.y0 + 0.5);
    const centre = (col) => (border(col, ranges, labels, c.size).at + border(col + 1, ranges, labels, c.size).at) / 2;
    const nearest = (col) => siblings.every((s) => Math.abs(centre(col) - center(s.chunk)) >= Math.abs(centre(col) - center(c)));
    const heads = (col) => below(col) && !beside(col) && (col === label.col || nearest(col));
    let best = [label.col, label.col];
    if (!heads(label.col))
        return best;
    // Of the runs it could be centred over, the one whose likely centre is nearest its own, the wider of two as near.
    const tolerance = Math.max(3, c.size * 0.3);
    const mid = center(c);
    let bestMiss = Number.POSITIVE_INFINITY;
    for (let from = label.col; from >= 0 && heads(from); from--) {
        for (let to = label.col; to < ranges.length && heads(to); to++) {
            if (to === from)
                continue;
            const left = border(from, ranges, labels, c.size);
            const right = border(to + 1, ranges, labels, c.size);
            const inside = mid >= (left.from + right.from) / 2 - tolerance && mid <= (left.to + right.to) / 2 + tolerance;
            const miss = Math.abs(mid - (left.at + right.at) / 2);
            // A label centred as well over more columns heads them all (the inner ones are symmetric by chance).
            const wider = to - from > best[1] - best[0];
            if (inside && (miss < bestMiss - 1.5 || (wider && miss <= bestMiss + 1.5))) {
                best = [from, to];
                bestMiss = miss;
            }
        }
    }
    return best;
}
function emptyRow(xs, y0, y1) {
    const cells = xs.slice(0, -1).map((x0, col) => ({
        text: '',
        col,
        span: 1,
        rowSpan: 1,
        x0,
        x1: xs[col + 1],
        y0,
        y1,
    }));
    return { x0: xs[0], x1: xs[xs.length - 1], y0, y1, cells };
}
/**
 * Header rows on the table's columns (`xs` its borders, `ranges` what its data occupies in each
 * column): one row per level of group labels, then one row of column labels.
 */
export function headerRows(lines, xs, ranges) {
    if (lines.length === 0)
        return [];
    const labels = lines.flatMap((line) => line.chunks
        .flatMap((c) => atBorders(c, xs))
        .map((chunk) => {
        const col = columnAt(center(chunk), xs);
        return { chunk: { ...chunk, y0: line.y0, y1: line.y1 }, col, from: col, to: col };
    }));
    for (const label of labels)
        [label.from, label.to] = groupSpan(label, labels, ranges);
    // A label heading exactly the columns of a group above it is the first line of a wrapped label
    // (事业单 / 位经营 / 收入 in the middle of 其他资金收入's three columns), no group of its own.
    const candidates = joinStacked(labels.filter((l) => l.to > l.from));
    for (const g of [...candidates].sort((a, b) => a.chunk.y0 - b.chunk.y0)) {
        const above = candidates.some((o) => o !== g && o.to > o.from && o.chunk.y1 <= g.chunk.y0 + 0.5 && o.from === g.from && o.to === g.to);
        if (above)
            [g.from, g.to] = [g.col, g.col];
    }
    const groups = candidates.filter((l) => l.to > l.from);
    const leaves = labels.filter((l) => l.to === l.from);
    // A group's depth: how many groups above it span its columns.
    const depth = (g) => groups.filter((o) => o !== g && o.chunk.y1 <= g.chunk.y0 + 0.5 && o.from <= g.from && o.to >= g.to).length;
    const levels = groups.length === 0 ? 0 : Math.max(...groups.map(depth)) + 1;
    const y0 = Math.min(...labels.map((l) => l.chunk.y0));
    const y1 = Math.max(...labels.map((l) => l.chunk.y1));
    const rows = Array.from({ length: levels + 1 }, () => emptyRow(xs, y0, y1));
    for (const g of groups) {
        const cell = rows[depth(g)].cells[g.from];
        cell.text = g.chunk.text;
        cell.span = g.to - g.from + 1;
        cell.x1 = xs[g.to + 1];
    }
    const last = rows[levels];
    for (const leaf of [...leaves].sort((a, b) => a.chunk.y0 - b.chunk.y0 || a.chunk.x0 - b.chunk.x0)) {
        const cell = last.cells[leaf.col];
        cell.text = joinText(cell.text, leaf.chunk.text);
    }
    return rows;
}
/**
 * Labels of neighbouring columns printed too close to part (政府性基金 | 国有资本经 as one chunk):
 * split where their pieces meet at a column border.
 */
function atBorders(chunk, xs) {
    const cuts = (chunk.joins ?? []).filter((j) => xs.slice(1, -1).some((x) => Math.abs(x - j.x) <= chunk.size * 0.6));
    if (cuts.length === 0)
        return [chunk];
    const out = [];
    let from = 0;
    let x0 = chunk.x0;
    for (const cut of [...cuts, { index: chunk.text.length, x: chunk.x1 }]) {
        out.push({ text: chunk.text.slice(from, cut.index), size: chunk.size, x0, x1: cut.x, y0: chunk.y0, y1: chunk.y1 });
        from = cut.index;
        x0 = cut.x;
    }
    return out.filter((c) => c.text.trim() !== '');
}
/** A group label wrapped over two lines (财政拨款 / 收入): the same span on lines one under the other. */
function joinStacked(groups) {
    const out = [];
    for (const g of [...groups].sort((a, b) => a.chunk.y0 - b.chunk.y0)) {
        const above = out.find((o) => o.from === g.from && o.to === g.to && g.chunk.y0 - o.chunk.y1 < o.chunk.size * 0.3 && g.chunk.y0 > o.chunk.y0);
        if (above)
            above.chunk = { ...above.chunk, text: joinText(above.chunk.text, g.chunk.text), y1: g.chunk.y1 };
        else
            out.push(g);
    }
    return out;
}
//# sourceMappingURL=aligned-header.js.map