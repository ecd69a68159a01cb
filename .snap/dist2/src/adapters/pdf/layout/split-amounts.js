/**
 * Amounts whose last digits a ruled cell pushed into the next one. Bold 合计 rows set in a wide font
 * overflow their cells, and pdf.js joins the last glyph of one amount with the first of the next
 * into one text run (重庆 收入总体情况表: "244,895.0" | "2192,446.79" for 244,895.02 | 192,446.79).
 * Where a piece ran across a border, the printed figures say where the cut belongs: an amount cut short
 * after its decimal point takes the leading digits of the cell to its right when that makes it whole
 * and leaves a well-grouped amount there.
 */
/** An amount cut short: a decimal point with fewer than two digits after it. */
const CUT_SHORT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d?$/;
/** A whole amount of two decimals. */
const WHOLE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/;
/** What may remain: an amount grouped by thousands, whole or itself cut short. */
const REST = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3})(?:\.\d{0,2})?$/;
/** The two texts with the digits moved back, or null when the figures do not say so. */
export function rejoinAmount(left, right) {
    if (!CUT_SHORT.test(left))
        return null;
    for (let k = 1; k <= 2; k++) {
        const head = left + right.slice(0, k);
        const rest = right.slice(k);
        if (/^\d+$/.test(right.slice(0, k)) && WHOLE.test(head) && REST.test(rest))
            return [head, rest];
    }
    return null;
}
/**
 * The border (its index: between column i and i + 1) a piece of several characters runs across: its
 * first character starts left of it and its last right of it; -1 when none. Such a piece is cut only at
 * a space or between Chinese characters, so the digits of two amounts stay joined in it.
 */
export function crossedBorder(piece, borders) {
    const chars = [...piece.text];
    if (chars.length < 2)
        return -1;
    const lastStart = piece.x0 + ((piece.x1 - piece.x0) * (chars.length - 1)) / chars.length;
    return borders.findIndex((x) => piece.x0 < x && lastStart > x);
}
/**
 * Move digits back across the border right of column `col`, and on to the right while the cut runs
 * on (174,900.6 | 4101,833.8 | 441,534.73).
 */
export function rejoinAmountAt(cells, col) {
    for (let i = col; i + 1 < cells.length; i++) {
        const left = cells[i];
        const right = cells[i + 1];
        const joined = rejoinAmount(left.text, right.text);
        if (!joined)
            return;
        [left.text, right.text] = joined;
    }
}
//# sourceMappingURL=split-amounts.js.map