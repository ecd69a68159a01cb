/**
 * Tables drawn without ruling lines (and OCR'd pages). A table is a run of data lines — several
 * cells, at least one amount — with the lines of wrapped names between them; its header is the block
 * of lines right above the run, up to the title or 单位 line. Columns come from how the data lines'
 * cells line up (aligned-columns.ts), the header is laid on them (aligned-header.ts), and each line
 * holding only the rest of a wrapped name joins the data row nearest to it.
 */
import { isTitleOrUnitLine } from '../../normalize.js';
import { isPageNumber } from '../furniture.js';
import { bordersOf, columnRanges, hasAmount, withCellsSplit } from './aligned-columns.js';
import { headerRows } from './aligned-header.js';
import { bodyRows, firstRowLines } from './aligned-rows.js';
import { lineText } from './lines.js';
/**
 * A data line: several cells and an amount among them. A page number framed by dashes (— 448 —,
 * 重庆's footers) is none: taken for a row, it made a table of the justified paragraph above it.
 */
const isData = (line) => line.chunks.length >= 2 && hasAmount(line) && !isTitleOrUnitLine(lineText(line)) && !isPageNumber(line);
/**
 * Inside a table, a line holding one amount alone is a data line too: a row whose name wraps over an
 * even number of lines, centred, leaves its amounts on a line of their own.
 */
const isRow = (line) => isData(line) || (line.chunks.length === 1 && hasAmount(line));
/** A 单位：万元 or 编制单位 cell beside the header, but not a header naming its unit (预算数（单位：万元）). */
const isUnitCell = (c) => isTitleOrUnitLine(c.text) && !/[(（]\s*(?:金额)?单位/.test(c.text);
/** A note under a table (注：…, 说明：…) is not part of it. */
const NOTE = /^(?:注|说明|备注)\s*[:：\d（(]/;
/** A line that ends a sentence or a note is running text, never a header. */
const PROSE = /[。：:；;，,]$/;
/**
 * A line without amounts among data lines: the rest (or the beginning) of wrapped names and texts
 * (a 绩效目标 paragraph of several lines beside its project).
 */
function isFragment(line) {
    return !hasAmount(line) && line.chunks.length <= 3 && !NOTE.test(lineText(line).trim());
}
/** Lines packed as the lines of one table: no wider gap between them than a line's height. */
const packed = (above, below) => below.y0 - above.y1 <= Math.max(above.size, below.size) * 1.2;
/** A fragment line packed with the line before it, or with the next line that is no fragment. */
function nearRun(lines, k) {
    if (packed(lines[k - 1], lines[k]))
        return true;
    let next = k + 1;
    while (next < lines.length && isFragment(lines[next]))
        next++;
    return next < lines.length && isRow(lines[next]) && packed(lines[next - 1], lines[next]);
}
/**
 * The run of data lines from `i` (its end, exclusive): data lines with, between them, the lines of
 * wrapped names and texts packed among them; after the last, such lines close to it.
 */
function runEnd(lines, i) {
    let j = i;
    let data = 0;
    let real = 0;
    let end = i;
    while (j < lines.length && isRow(lines[j])) {
        data++;
        if (isData(lines[j]))
            real++;
        end = ++j;
        let k = j;
        // Wrapped lines sit close to a line of the table: the one before them or the row after them.
        while (k < lines.length && isFragment(lines[k]) && nearRun(lines, k))
            k++;
        if (k < lines.length && isRow(lines[k]))
            j = k;
        else
            end = trailing(lines, end, k);
    }
    // A line of one amount alone is a row only among rows of several cells.
    return real === 0 ? { end: i, data: 0 } : { end, data };
}
/**
 * Fragment lines after the last data line that still belong to it: a name or text centred on its
 * row runs below it. In the first column only lines within a line's pitch that end no sentence (a
 * note or a sentence under the table starts at its left edge).
 */
function trailing(lines, end, limit) {
    const last = lines[end - 1];
    let k = end;
    while (k < limit) {
        const line = lines[k];
        const previous = lines[k - 1];
        const inFirst = line.x0 <= last.x0 + line.size;
        const sentence = line.chunks.length === 1 && PROSE.test(lineText(line).trim());
        if (inFirst && (line.baseline - previous.baseline > line.size * 1.7 || sentence))
            break;
        k++;
    }
    return k;
}
/**
 * The lines above the run that may be its header: without amounts, packed together, up to the title,
 * a 单位 line, a note or a wider gap. Sentences among them are sorted out later (`headerOf`): they
 * may be the upper lines of the first row's centred cells.
 */
function headerStart(lines, start, floor, pitch) {
    let k = start;
    while (k > floor) {
        const above = lines[k - 1];
        const below = lines[k];
        const text = lineText(above).trim();
        if (hasAmount(above) || isUnitCell({ text }) || above.chunks.some(isUnitCell) || NOTE.test(text))
            break;
        // The header's lines are packed; the first data row may be as far below it as the rows are apart.
        const gap = below.y0 - above.y1;
        if (gap > Math.max(above.size, below.size) * 1.5 && (k < start || gap > pitch))
            break;
        k--;
    }
    return k;
}
/** The distance between the baselines of consecutive rows (their median). */
function rowPitch(rows) {
    const steps = rows.slice(1).map((l, k) => l.baseline - rows[k].baseline);
    return [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)] ?? 0;
}
/** The header proper: the candidate lines below the last one that ends a sentence (the paragraph introducing the table). */
function headerOf(candidates) {
    let from = 0;
    candidates.forEach((line, k) => {
        if (PROSE.test(lineText(line).trim()))
            from = k + 1;
    });
    return candidates.slice(from);
}
function bordersFor(run, header, tolerance) {
    const body = run.filter(isRow);
    const ranges = columnRanges(body, header, tolerance, run.filter((l) => !isRow(l)));
    const placed = [...run, ...header];
    const xs = bordersOf(ranges, Math.min(...placed.map((l) => l.x0)), Math.max(...placed.map((l) => l.x1)));
    return { ranges, xs };
}
/**
 * Pieces a little off their row's baseline (OCR reads the words of one line at slightly different
 * heights: 行政 单位 | 离 | 退休) are put back into the row, in their order from left to right.
 */
function withOcrPieces(run) {
    const rows = run.filter(isRow);
    const near = (a, b) => Math.abs(a.baseline - b.baseline) < b.size * 0.5;
    const pieces = new Map();
    const out = [];
    for (const line of run) {
        const row = isRow(line) ? undefined : rows.find((r) => near(r, line));
        if (row)
            pieces.set(row, [...(pieces.get(row) ?? []), line]);
        else
            out.push(line);
    }
    return out.map((line) => joined(line, pieces.get(line) ?? []));
}
function joined(row, others) {
    if (others.length === 0)
        return row;
    const all = [row, ...others];
    return {
        ...row,
        chunks: all.flatMap((l) => l.chunks).sort((a, b) => a.x0 - b.x0),
        x0: Math.min(...all.map((l) => l.x0)),
        x1: Math.max(...all.map((l) => l.x1)),
        y0: Math.min(...all.map((l) => l.y0)),
        y1: Math.max(...all.map((l) => l.y1)),
    };
}
/** Find unruled tables among the free lines of a page; returns them and the lines left over. */
export function alignedTables(lines, settings) {
    const split = lines.map((l) => (isData(l) ? withCellsSplit(l) : l));
    const tables = [];
    const taken = new Set();
    let floor = 0;
    let i = 0;
    while (i < split.length) {
        const { end, data } = runEnd(split, i);
        if (data === 0) {
            i++;
            continue;
        }
        const run = split.slice(i, end);
        const candidates = split.slice(headerStart(split, i, floor, rowPitch(run.filter(isRow))), i);
        // The upper lines of the first row's centred cells are no header.
        const upper = firstRowLines(candidates, run, isRow, bordersFor(run, candidates, settings.columnTolerance).xs);
        const header = headerOf(candidates.slice(0, candidates.length - upper));
        const start = i - upper - header.length;
        // Fewer data lines make a table too under a header of several cells (an empty table's 合计 row).
        if (data < settings.minAlignedRows && !header.some((l) => l.chunks.length >= 2)) {
            i++;
            continue;
        }
        const { ranges, xs } = bordersFor(split.slice(i - upper, end), header, settings.columnTolerance);
        if (ranges.length < 2) {
            i = end;
            continue;
        }
        const rows = [...headerRows(header, xs, ranges), ...bodyRows(withOcrPieces(split.slice(i - upper, end)), isRow, xs)];
        for (let k = start; k < end; k++)
            taken.add(k);
        tables.push({
            x0: xs[0],
            x1: xs[xs.length - 1],
            y0: Math.min(...rows.map((r) => r.y0)),
            y1: Math.max(...rows.map((r) => r.y1)),
            xs,
            columns: xs.length - 1,
            rows,
        });
        floor = end;
        i = end;
    }
    return { tables, rest: lines.filter((_, k) => !taken.has(k)) };
}
//# sourceMappingURL=aligned.js.map