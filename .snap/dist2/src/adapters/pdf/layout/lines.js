const AMOUNT = /^[-−(（]?[\d,]+(?:\.\d+)?[)）]?$/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Join two runs of text: no space between Chinese characters, one space otherwise. */
export function joinText(left, right) {
    if (left === '')
        return right;
    if (right === '')
        return left;
    const a = left[left.length - 1];
    const b = right[0];
    return CJK.test(a) || CJK.test(b) ? left + right : `${left} ${right}`;
}
export function groupLines(pieces, settings) {
    const sorted = [...pieces].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
    const lines = [];
    for (const piece of sorted) {
        const last = lines[lines.length - 1];
        const ref = last?.[0];
        if (last && ref && Math.abs(piece.baseline - ref.baseline) <= settings.lineTolerance * Math.min(ref.size, piece.size)) {
            last.push(piece);
        }
        else
            lines.push([piece]);
    }
    return lines.map((own) => toLine(own, settings));
}
function toLine(pieces, settings) {
    pieces.sort((a, b) => a.x0 - b.x0);
    const chunks = [];
    for (const p of pieces) {
        const last = chunks[chunks.length - 1];
        const gap = last ? p.x0 - last.x1 : 0;
        // Two amounts side by side are two cells even when close: a number has no space inside.
        const twoAmounts = last !== undefined && AMOUNT.test(last.text) && AMOUNT.test(p.text) && gap > p.size * 0.15;
        if (last && !twoAmounts && gap <= settings.cellGap * Math.min(last.size, p.size)) {
            last.text = gap > p.size * 0.2 && !CJK.test(last.text.slice(-1)) ? `${last.text} ${p.text}` : last.text + p.text;
            last.joins = [...(last.joins ?? []), { index: last.text.length - p.text.length, x: p.x0 }];
            last.x1 = Math.max(last.x1, p.x1);
            last.y0 = Math.min(last.y0, p.y0);
            last.y1 = Math.max(last.y1, p.y1);
        }
        else
            chunks.push({ text: p.text, size: p.size, x0: p.x0, x1: p.x1, y0: p.y0, y1: p.y1 });
    }
    const size = Math.max(...pieces.map((p) => p.size));
    return {
        baseline: pieces[0]?.baseline ?? 0,
        size,
        chunks,
        x0: Math.min(...chunks.map((c) => c.x0)),
        x1: Math.max(...chunks.map((c) => c.x1)),
        y0: Math.min(...chunks.map((c) => c.y0)),
        y1: Math.max(...chunks.map((c) => c.y1)),
    };
}
export function lineText(line) {
    return line.chunks.reduce((text, c) => joinText(text, c.text), '');
}
//# sourceMappingURL=lines.js.map