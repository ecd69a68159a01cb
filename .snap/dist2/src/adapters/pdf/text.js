/**
 * pdf.js text items → text pieces placed on the page (top-left origin). Items that hold several
 * cells separated by runs of spaces are split, with positions shared out by character width.
 */
import { normalizeText } from '../normalize.js';
import { apply, multiply } from './geometry.js';
export { normalizeText };
/** Relative advance of a character: CJK and full-width forms are about twice a Latin glyph. */
export function advance(ch) {
    return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
}
export function piecesFromItems(items, view) {
    const pieces = [];
    for (const item of items) {
        const text = normalizeText(item.str);
        if (text.trim() === '')
            continue;
        const m = multiply(view, item.transform);
        const size = Math.hypot(m[2], m[3]) || item.height || 10;
        const upright = Math.abs(m[1]) < 1e-3 && Math.abs(m[2]) < 1e-3;
        const [x, baseline] = apply(m, 0, 0);
        if (!upright) {
            // Rotated or vertical text (stamps, side captions): keep it as one piece around its origin.
            const [xe, ye] = apply(view, item.transform[4], item.transform[5]);
            pieces.push({ text: text.trim(), baseline: ye, size, x0: xe, x1: xe + size, y0: ye - size, y1: ye });
            continue;
        }
        const width = item.width * Math.hypot(view[0], view[1]);
        const parts = splitOnGaps(text);
        const total = [...text].reduce((sum, ch) => sum + advance(ch), 0) || 1;
        for (const part of parts) {
            const start = x + (width * part.before) / total;
            const end = start + (width * part.advance) / total;
            pieces.push({
                text: part.text,
                baseline,
                size,
                x0: start,
                x1: end,
                y0: baseline - size * 0.88,
                y1: baseline + size * 0.12,
            });
        }
    }
    return pieces;
}
/** Split on runs of two or more spaces: PDF producers pad cells of one text run with spaces. */
function splitOnGaps(text) {
    const parts = [];
    let before = 0;
    for (const token of text.split(/( {2,})/)) {
        const adv = [...token].reduce((sum, ch) => sum + advance(ch), 0);
        if (token.trim() !== '' && !/^ {2,}$/.test(token)) {
            const lead = token.length - token.trimStart().length;
            parts.push({
                text: token.trim().replace(/\s+/g, ' '),
                before: before + lead,
                advance: adv - lead - (token.length - token.trimEnd().length),
            });
        }
        before += adv;
    }
    return parts;
}
/**
 * A piece that runs across a column border of a ruled table holds the texts of two cells (tight
 * cells written as one text run: "12396.60 7573.72", "人员经费公用经费"): split it at the space or
 * between the Chinese characters nearest each border it crosses, when that lies close to the border.
 */
/** Never inside a number or a word: only at a space or between two Chinese characters. */
function cuttable(before, after) {
    const cjk = /[\u4e00-\u9fff]/;
    return before === ' ' || after === ' ' || (cjk.test(before) && cjk.test(after));
}
export function splitAtBorders(piece, borders) {
    const chars = [...piece.text];
    const inside = borders.filter((x) => x > piece.x0 + piece.size * 0.5 && x < piece.x1 - piece.size * 0.5);
    if (inside.length === 0 || chars.length < 2)
        return [piece];
    const total = chars.reduce((sum, ch) => sum + advance(ch), 0) || 1;
    const unit = (piece.x1 - piece.x0) / total;
    const bounds = [];
    let acc = 0;
    for (const ch of chars) {
        acc += advance(ch);
        bounds.push(piece.x0 + acc * unit);
    }
    const cuts = [];
    for (const x of inside) {
        let best = -1;
        for (let i = 0; i < chars.length - 1; i++)
            if (cuttable(chars[i], chars[i + 1]) &&
                (best < 0 || Math.abs(bounds[i] - x) < Math.abs(bounds[best] - x)))
                best = i;
        if (best >= 0 && Math.abs(bounds[best] - x) <= piece.size * 0.8)
            cuts.push(best + 1);
    }
    if (cuts.length === 0)
        return [piece];
    const out = [];
    let start = 0;
    for (const cut of [...new Set(cuts)].sort((a, b) => a - b).concat(chars.length)) {
        const text = chars.slice(start, cut).join('');
        const x0 = start === 0 ? piece.x0 : bounds[start - 1];
        const x1 = bounds[cut - 1];
        if (text.trim() !== '')
            out.push({ ...piece, text: text.trim(), x0, x1 });
        start = cut;
    }
    return out;
}
//# sourceMappingURL=text.js.map