/**
 * Columns of a table drawn without rules, found from how its text lines up across rows: each column
 * is an x range the cells of the data lines occupy (amounts right-aligned, names left-aligned), and
 * columns are parted by the gutters no cell crosses.
 */
import { advance } from '../text.js';
/** An amount as printed in a cell: 1,234.56, -12.5, (3.00), 0, a code such as 2010401. */
export const AMOUNT = /^[-−(（]?\d{1,3}(?:,\d{3})+(?:\.\d+)?[)）]?$|^[-−(（]?\d+\.\d+[)）]?$|^[-−]?\d+$/;
export const isAmount = (text) => AMOUNT.test(text.replace(/\s+/g, ''));
export function hasAmount(line) {
    return line.chunks.some((c) => isAmount(c.text));
}
/** A unit after a figure belongs to it (300 万元, 12.5 %), as in running text; 人才 is no unit. */
const UNIT_WORD = /^(?:万元|元|亿元|千元|%|％|个|人|辆|台|套|平方米|次)(?![\u4e00-\u9fff])/;
/** A money amount with decimals or thousands separators: never the start of a name (2026年 is). */
export const DECIMAL = /^[-−(（]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)[)）]?$/;
const lastToken = (text) => text.trimEnd().split(' ').pop() ?? '';
const firstToken = (text) => text.trimStart().split(' ')[0] ?? '';
/**
 * Does a cell end at this point of a chunk? Where an amount meets the next cell's text: after a
 * space ("155,723.39 一、一般公共服务支出", "合计 155,723.39", "12396.60 7573.72"), or where two text
 * pieces touch (an amount right-aligned against a text column: "0.00" + "(白皮书);编制…").
 */
function cellBorder(before, after, touching) {
    const left = lastToken(before);
    const right = firstToken(after);
    if (left === '' || right === '')
        return false;
    const amount = touching ? DECIMAL : AMOUNT;
    if (amount.test(left) && !UNIT_WORD.test(right) && !(touching && /^[\d.,%]+$/.test(right)))
        return true;
    return amount.test(right) && !isAmount(left) && !(touching && /[\d.,]$/.test(left));
}
/**
 * A chunk holding the texts of several cells (a PDF wrote them as one run with single spaces, or as
 * pieces too close to part), split at each cell border. Positions inside a run are shared out by
 * character width, as for the pieces of a text item; where pieces touch, the later one's start is known.
 */
export function splitCells(chunk) {
    const cuts = [];
    for (let i = chunk.text.indexOf(' '); i > 0; i = chunk.text.indexOf(' ', i + 1))
        if (cellBorder(chunk.text.slice(0, i), chunk.text.slice(i + 1), false))
            cuts.push({ index: i, x: null });
    for (const join of chunk.joins ?? [])
        if (cellBorder(chunk.text.slice(0, join.index), chunk.text.slice(join.index), true))
            cuts.push({ index: join.index, x: join.x });
    if (cuts.length === 0)
        return [chunk];
    cuts.sort((a, b) => a.index - b.index);
    const chars = [...chunk.text];
    const total = chars.reduce((sum, ch) => sum + advance(ch), 0) || 1;
    const unit = (chunk.x1 - chunk.x0) / total;
    const xAt = (index) => chunk.x0 + chars.slice(0, index).reduce((sum, ch) => sum + advance(ch), 0) * unit;
    const out = [];
    let from = 0;
    let x0 = chunk.x0;
    for (const cut of [...cuts, { index: chunk.text.length, x: chunk.x1 }]) {
        const text = chunk.text.slice(from, cut.index).trim();
        const x1 = cut.x ?? xAt(cut.index);
        // A piece that touches the next ends just before it.
        const end = cut.index === chunk.text.length ? chunk.x1 : cut.x === null ? x1 : x1 - 0.5;
        if (text !== '')
            out.push({ text, size: chunk.size, x0, x1: end, y0: chunk.y0, y1: chunk.y1 });
        from = cut.index;
        x0 = cut.x ?? xAt(cut.index + 1);
    }
    return out;
}
export function withCellsSplit(line) {
    const chunks = line.chunks.flatMap(splitCells);
    return chunks.length === line.chunks.length ? line : { ...line, chunks };
}
function kindOf(text) {
    if (DECIMAL.test(text.replace(/\s+/g, '')))
        return 'amount';
    return isAmount(text) ? 'number' : 'word';
}
const overlaps = (c, r) => Math.min(r.x1, c.x1) - Math.max(r.x0, c.x0) > 0;
/**
 * Column ranges: the union of the x ranges of the data lines' chunks, merged where they overlap
 * (or nearly). A header label outside every range heads the nearest column (a centred label over
 * right-aligned amounts), unless a label of its own line already heads that one: then it heads a
 * column of its own, empty in every data row. Texts wrapped between the data lines outside every
 * range make a column of their own too.
 */
export function columnRanges(body, header, tolerance, wrapped = []) {
    const ranges = withoutStrays(merged(body.flatMap((l) => l.chunks), tolerance), body.length);
    // A column of texts centred on their rows in an even number of lines has no text on the data lines;
    // wrapped lines wider than a column's data lines next to a column of words are more of that column.
    const outside = wrapped.flatMap((l) => l.chunks).filter((c) => !ranges.some((r) => overlaps(c, r)));
    const free = [];
    for (const range of merged(outside, tolerance)) {
        const gap = (r) => Math.max(r.x0 - range.x1, range.x0 - r.x1);
        const nearest = ranges.reduce((best, r) => (!best || gap(r) < gap(best) ? r : best), undefined);
        if (nearest && nearest.words > nearest.amounts) {
            nearest.x0 = Math.min(nearest.x0, range.x0);
            nearest.x1 = Math.max(nearest.x1, range.x1);
        }
        else if (range.words >= 2 || range.x1 - range.x0 >= 60)
            free.push(range);
    }
    for (const line of header) {
        // Labels of one line that no range holds, by the range nearest each: it heads one of them at most.
        const claims = new Map();
        for (const chunk of line.chunks) {
            if (ranges.some((r) => overlaps(chunk, r)) || free.some((r) => overlaps(chunk, r)))
                continue;
            const mid = (chunk.x0 + chunk.x1) / 2;
            const distance = (r) => (mid < r.x0 ? r.x0 - mid : mid > r.x1 ? mid - r.x1 : 0);
            const nearest = ranges.reduce((best, r) => (!best || distance(r) < distance(best) ? r : best), undefined);
            if (!nearest)
                continue;
            claims.set(nearest, [...(claims.get(nearest) ?? []), { chunk, distance: distance(nearest) }]);
        }
        for (const [range, labels] of claims) {
            const headed = line.chunks.some((other) => overlaps(other, range));
            const sorted = [...labels].sort((a, b) => a.distance - b.distance);
            const [nearest] = sorted;
            if (!headed && nearest) {
                // The column is as wide as its label at least.
                range.x0 = Math.min(range.x0, nearest.chunk.x0);
                range.x1 = Math.max(range.x1, nearest.chunk.x1);
            }
            for (const { chunk } of headed ? sorted : sorted.slice(1))
                free.push({ x0: chunk.x0, x1: chunk.x1, amounts: 0, words: 0 });
        }
    }
    if (free.length === 0)
        return ranges;
    const all = [];
    for (const r of [...ranges, ...free].sort((a, b) => a.x0 - b.x0)) {
        const last = all[all.length - 1];
        if (last && r.x0 <= last.x1) {
            last.x1 = Math.max(last.x1, r.x1);
            last.amounts += r.amounts;
            last.words += r.words;
        }
        else
            all.push({ ...r });
    }
    return all;
}
/**
 * A range of words held by one or two data lines next to a range of names is part of it: a 合计
 * centred in a name column whose names are left-aligned ([301]工资福利支出 … and, in the middle, 合计).
 */
function withoutStrays(ranges, lines) {
    const sparse = Math.max(2, Math.floor(lines * 0.1));
    const words = (r) => r !== undefined && r.amounts === 0 && r.words > 0;
    const out = [];
    ranges.forEach((range, k) => {
        const previous = out[out.length - 1];
        const next = ranges[k + 1];
        if (!words(range) || range.words > sparse)
            out.push(range);
        else if (previous && words(previous)) {
            previous.x1 = range.x1;
            previous.words += range.words;
        }
        else if (next && words(next)) {
            next.x0 = range.x0;
            next.words += range.words;
        }
        else
            out.push(range);
    });
    return out;
}
/**
 * Chunks' x ranges merged into columns: overlapping ones always, nearly touching ones only when both
 * hold amounts or both words (an amount right-aligned against a text column left-aligned leaves
 * almost no gutter between them).
 */
function merged(chunks, tolerance) {
    const ranges = [];
    for (const c of [...chunks].sort((a, b) => a.x0 - b.x0)) {
        const kind = kindOf(c.text);
        const last = ranges[ranges.length - 1];
        if (last && c.x0 <= last.x1 + tolerance && (c.x0 < last.x1 - 0.5 || last.kinds.has(kind))) {
            last.x1 = Math.max(last.x1, c.x1);
            last.kinds.add(kind);
            last.cells.push(c);
        }
        else
            ranges.push({ x0: c.x0, x1: c.x1, amounts: 0, words: 0, kinds: new Set([kind]), cells: [c] });
        const range = ranges[ranges.length - 1];
        if (kind === 'amount')
            range.amounts++;
        if (kind === 'word')
            range.words++;
    }
    return ranges.map(({ x0, x1, amounts, words, cells }) => {
        const align = alignment(cells);
        return align ? { x0, x1, amounts, words, align } : { x0, x1, amounts, words };
    });
}
/** Most cells sharing their left edge, or their right edge (within 1.5 pt): the column's alignment. */
function alignment(cells) {
    const shared = (edges) => Math.max(...edges.map((e) => edges.filter((f) => Math.abs(f - e) <= 1.5).length));
    const left = shared(cells.map((c) => c.x0));
    const right = shared(cells.map((c) => c.x1));
    if (left === right || Math.max(left, right) < cells.length * 0.6)
        return undefined;
    return left > right ? 'left' : 'right';
}
/** The gutter border `k` lies in: between the ranges of columns k-1 and k. */
export function gutterOf(ranges, k) {
    return [ranges[k - 1].x1, ranges[k].x0];
}
/**
 * Where border `k` (between columns k-1 and k) most likely is: a column whose cells share their right
 * edge (amounts, mostly) ends just after them, one whose cells share their left edge (names, mostly)
 * starts just before them; where both are said, the left edge of the column after wins; otherwise
 * the middle of the gutter.
 */
export function borderAt(ranges, k) {
    const [start, end] = gutterOf(ranges, k);
    const pad = Math.min(2, (end - start) / 2);
    const before = ranges[k - 1];
    const after = ranges[k];
    const right = before.align === 'right' || (!before.align && before.amounts > before.words);
    const left = after.align === 'left' || (!after.align && after.words > after.amounts);
    if (right && after.align !== 'left')
        return start + pad;
    if (left)
        return end - pad;
    return right ? start + pad : (start + end) / 2;
}
/** Column borders, and the outer edges of everything placed. */
export function bordersOf(ranges, left, right) {
    return [left - 1, ...ranges.slice(1).map((_, k) => borderAt(ranges, k + 1)), right + 1];
}
/** The columns a chunk covers: the one its centre is in, and those it overlaps by a third of its width. */
export function coveredColumns(chunk, xs) {
    const width = chunk.x1 - chunk.x0;
    const mid = (chunk.x0 + chunk.x1) / 2;
    const covered = [];
    for (let col = 0; col < xs.length - 1; col++) {
        const [x0, x1] = [xs[col], xs[col + 1]];
        const overlap = Math.min(chunk.x1, x1) - Math.max(chunk.x0, x0);
        if ((mid >= x0 && mid < x1) || overlap > Math.max(2, width / 3))
            covered.push(col);
    }
    return covered;
}
//# sourceMappingURL=aligned-columns.js.map