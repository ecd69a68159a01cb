/**
 * Ruling lines from a page's operator list. pdf.js gives path coordinates in user space, so the
 * current transformation matrix is tracked through save/restore/transform and form XObjects.
 * Stroked axis-aligned segments and thin filled rectangles are lines; the outline of a larger
 * filled rectangle counts too (shaded cells), except white fills and page-sized backgrounds.
 */
import { TextPosition } from './clip.js';
import { apply, IDENTITY, multiply } from './geometry.js';
import { isWhite, settleUnseen, textInk } from './ink.js';
/** pdf.js DrawOPS inside a constructPath buffer. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;
/** Split a path buffer into subpaths of device points. */
function subpaths(buffer, m) {
    const out = [];
    let current = [];
    for (let k = 0; k < buffer.length;) {
        const op = buffer[k++];
        if (op === MOVE) {
            if (current.length > 1)
                out.push(current);
            current = [apply(m, buffer[k], buffer[k + 1])];
            k += 2;
        }
        else if (op === LINE) {
            current.push(apply(m, buffer[k], buffer[k + 1]));
            k += 2;
        }
        else if (op === CURVE) {
            // Curves are not rules; keep the end point so following segments start right.
            current.push(apply(m, buffer[k + 4], buffer[k + 5]));
            if (current.length > 1)
                out.push(current.slice(0, -1));
            current = current.slice(-1);
            k += 6;
        }
        else if (op === QUAD) {
            current = [apply(m, buffer[k + 2], buffer[k + 3])];
            k += 4;
        }
        else if (op === CLOSE) {
            if (current.length > 1)
                current.push(current[0]);
            if (current.length > 1)
                out.push(current);
            current = current.length > 0 ? [current[0]] : [];
        }
        else
            break;
    }
    if (current.length > 1)
        out.push(current);
    return out;
}
function segmentEdge(a, b, settings) {
    const dx = Math.abs(a[0] - b[0]);
    const dy = Math.abs(a[1] - b[1]);
    if (dy <= 0.5 && dx >= settings.minEdgeLength) {
        const y = (a[1] + b[1]) / 2;
        return { orientation: 'h', x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]), y0: y, y1: y };
    }
    if (dx <= 0.5 && dy >= settings.minEdgeLength) {
        const x = (a[0] + b[0]) / 2;
        return { orientation: 'v', x0: x, x1: x, y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) };
    }
    return null;
}
/** An axis-aligned rectangle drawn as one closed subpath, or null. */
function rectangleOf(points) {
    const pts = points.length === 5 ? points.slice(0, 4) : points;
    if (pts.length !== 4)
        return null;
    for (let i = 0; i < 4; i++) {
        const a = pts[i];
        const b = pts[(i + 1) % 4];
        if (Math.abs(a[0] - b[0]) > 0.5 && Math.abs(a[1] - b[1]) > 0.5)
            return null;
    }
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
/**
 * A thin filled shape is a rule whatever its outline: spreadsheet printers (WPS, Excel) draw each
 * cell border as a quadrilateral with mitred ends (a trapezoid 0.75 pt thick), not a rectangle.
 */
function thinRule(points, settings) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (y1 - y0 <= settings.maxRuleThickness && x1 - x0 >= settings.minEdgeLength) {
        const y = (y0 + y1) / 2;
        return { orientation: 'h', x0, x1, y0: y, y1: y };
    }
    if (x1 - x0 <= settings.maxRuleThickness && y1 - y0 >= settings.minEdgeLength) {
        const x = (x0 + x1) / 2;
        return { orientation: 'v', x0: x, x1: x, y0, y1 };
    }
    return null;
}
function filledEdges(points, settings, page) {
    const rule = thinRule(points, settings);
    if (rule)
        return [rule];
    const rect = rectangleOf(points);
    if (!rect)
        return [];
    const w = rect.x1 - rect.x0;
    const h = rect.y1 - rect.y0;
    if (w > page.width * 0.9 && h > page.height * 0.9)
        return [];
    return [
        { orientation: 'h', x0: rect.x0, x1: rect.x1, y0: rect.y0, y1: rect.y0 },
        { orientation: 'h', x0: rect.x0, x1: rect.x1, y0: rect.y1, y1: rect.y1 },
        { orientation: 'v', x0: rect.x0, x1: rect.x0, y0: rect.y0, y1: rect.y1 },
        { orientation: 'v', x0: rect.x1, x1: rect.x1, y0: rect.y0, y1: rect.y1 },
    ];
}
/** The bounding box of subpaths. */
function boundsOf(paths) {
    const points = paths.flat();
    if (points.length === 0)
        return null;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
function intersect(a, b) {
    if (!a)
        return b;
    return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
}
/** A rule drawn partly outside the clipping box prints only inside it (a line on the box's border still prints). */
const CLIP_TOLERANCE = 1;
function clipEdge(edge, clip, settings) {
    if (!clip)
        return edge;
    const t = CLIP_TOLERANCE;
    if (edge.orientation === 'h') {
        if (edge.y0 < clip.y0 - t || edge.y0 > clip.y1 + t)
            return null;
        const x0 = Math.max(edge.x0, clip.x0);
        const x1 = Math.min(edge.x1, clip.x1);
        return x1 - x0 >= settings.minEdgeLength ? { ...edge, x0, x1 } : null;
    }
    if (edge.x0 < clip.x0 - t || edge.x0 > clip.x1 + t)
        return null;
    const y0 = Math.max(edge.y0, clip.y0);
    const y1 = Math.min(edge.y1, clip.y1);
    return y1 - y0 >= settings.minEdgeLength ? { ...edge, y0, y1 } : null;
}
/**
 * The ruling lines of one page, and where each text run starts, the clipping box it is drawn in and
 * whether it leaves ink (`textLayer`: invisible text over an image was kept, see ink.ts). `view` maps user space to page coordinates with the origin top-left (pdf.js `viewport.transform` at scale 1).
 */
export function readOperators(fnArray, argsArray, ops, view, page, settings) {
    const strokes = new Set([
        ops.stroke,
        ops.closeStroke,
        ops.fillStroke,
        ops.eoFillStroke,
        ops.closeFillStroke,
        ops.closeEOFillStroke,
    ]);
    const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
    const clips = new Set([ops.clip, ops.eoClip].filter((op) => op !== undefined));
    const images = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject].filter((op) => op !== undefined));
    const unseen = [];
    const imageBoxes = [];
    const filledPaths = [];
    const text = new TextPosition(ops);
    const runs = [];
    const edges = [];
    const stack = [];
    let state = { ctm: IDENTITY, fill: '#000000', stroke: '#000000', clip: null, textMode: 0 };
    // The path after a clipping operator is the clipping path (W n: pdf.js lists W before the path).
    let clipping = false;
    const keep = (edge) => {
        const clipped = edge ? clipEdge(edge, state.clip, settings) : null;
        if (clipped)
            edges.push(clipped);
    };
    for (let i = 0; i < fnArray.length; i++) {
        const fn = fnArray[i];
        const args = argsArray[i];
        if (fn === ops.save)
            stack.push({ ...state });
        else if (fn === ops.restore)
            state = stack.pop() ?? state;
        else if (fn === ops.transform && args)
            state = { ...state, ctm: multiply(state.ctm, args) };
        else if (fn === ops.paintFormXObjectBegin) {
            stack.push({ ...state });
            const matrix = args?.[0];
            if (Array.isArray(matrix) || ArrayBuffer.isView(matrix))
                state = { ...state, ctm: multiply(state.ctm, Array.from(matrix)) };
        }
        else if (fn === ops.paintFormXObjectEnd)
            state = stack.pop() ?? state;
        else if (fn === ops.setFillRGBColor && args)
            state = { ...state, fill: String(args[0]) };
        else if (fn === ops.setStrokeRGBColor && args)
            state = { ...state, stroke: String(args[0]) };
        else if (fn === ops.setTextRenderingMode && args)
            state = { ...state, textMode: Number(args[0]) };
        else if (fn !== undefined && clips.has(fn))
            clipping = true;
        else if (fn !== undefined && images.has(fn)) {
            // An image fills the unit square of its CTM.
            const m = multiply(view, state.ctm);
            const image = boundsOf([[apply(m, 0, 0), apply(m, 1, 0), apply(m, 1, 1), apply(m, 0, 1)]]);
            if (image)
                imageBoxes.push(image);
        }
        else if (fn !== undefined && text.step(fn, args)) {
            const [x, y] = text.start(multiply(view, state.ctm));
            const run = { x, y, clip: state.clip };
            const ink = textInk(state.textMode, state.fill, state.stroke);
            if (ink !== 'visible') {
                run.hidden = true;
                unseen.push({ run, ink });
            }
            runs.push(run);
        }
        else if (fn === ops.constructPath && args) {
            const paint = args[0];
            const buffer = args[1]?.[0];
            if (!buffer)
                continue;
            if (clipping) {
                clipping = false;
                const bounds = boundsOf(subpaths(buffer, multiply(view, state.ctm)));
                if (bounds)
                    state = { ...state, clip: intersect(state.clip, bounds) };
            }
            const stroked = strokes.has(paint) && !isWhite(state.stroke);
            const filled = fills.has(paint) && !isWhite(state.fill);
            if (!stroked && !filled)
                continue;
            const m = multiply(view, state.ctm);
            for (const sub of subpaths(buffer, m)) {
                if (stroked)
                    for (let k = 1; k < sub.length; k++)
                        keep(segmentEdge(sub[k - 1], sub[k], settings));
                if (filled) {
                    for (const edge of filledEdges(sub, settings, page))
                        keep(edge);
                    filledPaths.push(sub);
                }
            }
        }
    }
    const textLayer = unseen.length > 0 &&
        settleUnseen(unseen, imageBoxes, () => filledPaths.map((sub) => boundsOf([sub])).filter((b) => b !== null));
    return { edges, runs, textLayer };
}
//# sourceMappingURL=operators.js.map