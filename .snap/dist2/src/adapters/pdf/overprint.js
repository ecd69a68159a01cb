/** How far apart (in font sizes) two drawings of one string still overlap as one print. */
const OVERPRINT = 0.25;
/** The pieces with each overprinted string kept once (the first drawn), in their order. */
export function collapseOverprints(pieces) {
    const seen = new Map();
    const kept = [];
    for (const piece of pieces) {
        const line = Math.round(piece.baseline);
        const reach = piece.size * OVERPRINT;
        let printed = false;
        for (let b = line - 1; b <= line + 1 && !printed; b++)
            printed = (seen.get(`${b} ${piece.text}`) ?? []).some((p) => Math.abs(p.x0 - piece.x0) <= reach && Math.abs(p.baseline - piece.baseline) <= reach);
        if (printed)
            continue;
        kept.push(piece);
        const list = seen.get(`${line} ${piece.text}`);
        if (list)
            list.push(piece);
        else
            seen.set(`${line} ${piece.text}`, [piece]);
    }
    return kept.length === pieces.length ? pieces : kept;
}
//# sourceMappingURL=overprint.js.map