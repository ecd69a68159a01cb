/** Text widths of an A4 page with 2 cm margins (twips). */
export const PORTRAIT_WIDTH = 9638;
export const LANDSCAPE_WIDTH = 14570;
/** The table font (half-points): 9 pt, 8 pt on a landscape page. */
const FONT = { portrait: 18, landscape: 16 };
/** Cell margins left and right, and a little room for the border. */
const PADDING = 160;
/** A text up to this many ideographs keeps its whole width; a longer one wraps. */
const SHORT = 14;
/** A long text is given room for at least this many ideographs per line. */
const LONG_MIN = 10;
/** Printed width in ideograph widths: Latin letters, digits and ASCII punctuation are about half one. */
function ems(text) {
    let n = 0;
    for (const ch of text)
        n += (ch.codePointAt(0) ?? 0) <= 0xff ? 0.55 : 1;
    return n;
}
function columnNeeds(grid) {
    return Array.from({ length: grid.width }, (_, col) => {
        const cells = grid.body.map((row) => row[col]).filter((c) => c && (c.colSpan ?? 1) === 1 && c.text !== '');
        const amounts = cells.every((c) => c?.align === 'right');
        const longest = Math.max(0, ...cells.map((c) => ems(c?.text ?? '')));
        // A header wraps at will; it needs room for two ideographs a line.
        const header = 2;
        if (amounts)
            return { min: Math.max(longest, header), want: Math.max(longest, header), long: false };
        if (longest <= SHORT)
            return { min: Math.max(Math.min(longest, 6), header), want: Math.max(longest, header), long: false };
        return { min: LONG_MIN, want: longest, long: true };
    });
}
const twips = (ems, size) => Math.ceil(ems * size * 10) + PADDING;
/** Fit the needs to a page width at a font size, or null when even the minimums do not fit. */
function fit(needs, page, size) {
    const min = needs.map((n) => twips(n.min, size));
    if (min.reduce((a, b) => a + b, 0) > page)
        return null;
    const fixed = needs.map((n, i) => (n.long ? 0 : Math.min(twips(n.want, size), page)) || min[i]);
    const shortTotal = fixed.reduce((a, b, i) => a + (needs[i]?.long ? 0 : b), 0);
    const longs = needs.map((n, i) => (n.long ? i : -1)).filter((i) => i >= 0);
    const longMin = longs.reduce((a, i) => a + min[i], 0);
    if (shortTotal + longMin > page) {
        // Short texts wrap too: each keeps its minimum, the rest shared by what they would like.
        return share(needs.map((n, i) => ({ min: min[i], weight: twips(n.want, size) - min[i] })), page);
    }
    if (longs.length === 0) {
        // Room to spare is shared by all, by what they hold.
        const extra = page - shortTotal;
        return fixed.map((w) => w + Math.floor((extra * w) / shortTotal));
    }
    const room = page - shortTotal;
    const wants = longs.map((i) => Math.max(twips(needs[i]?.want ?? 0, size), min[i]));
    const wanted = wants.reduce((a, b) => a + b, 0);
    const out = [...fixed];
    if (wanted <= room) {
        // Every long text fits on one line: the spare room goes to them by length.
        longs.forEach((i, k) => {
            out[i] = wants[k] + Math.floor(((room - wanted) * wants[k]) / wanted);
        });
        return out;
    }
    const shared = share(longs.map((i) => ({ min: min[i], weight: needs[i]?.want ?? 1 })), room);
    longs.forEach((i, k) => {
        out[i] = shared[k];
    });
    return out;
}
/** Each its minimum, then the rest of `total` by weight. */
function share(items, total) {
    const base = items.reduce((a, b) => a + b.min, 0);
    const weights = items.reduce((a, b) => a + Math.max(0, b.weight), 0) || 1;
    return items.map((it) => it.min + Math.floor(((total - base) * Math.max(0, it.weight)) / weights));
}
export function planColumns(grid) {
    const needs = columnNeeds(grid);
    const wantTotal = needs.reduce((a, n) => a + twips(n.long ? Math.min(n.want, SHORT * 2) : n.want, FONT.portrait), 0);
    const portrait = wantTotal <= PORTRAIT_WIDTH ? fit(needs, PORTRAIT_WIDTH, FONT.portrait) : null;
    if (portrait)
        return { widths: portrait, landscape: false, size: FONT.portrait };
    const landscape = fit(needs, LANDSCAPE_WIDTH, FONT.landscape);
    if (landscape)
        return { widths: landscape, landscape: true, size: FONT.landscape };
    // Wider than any page: equal shares at the small size (a table of many amount columns).
    return {
        widths: needs.map(() => Math.floor(LANDSCAPE_WIDTH / grid.width)),
        landscape: true,
        size: FONT.landscape,
    };
}
//# sourceMappingURL=docx-columns.js.map