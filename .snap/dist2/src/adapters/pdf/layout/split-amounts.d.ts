/**
 * Amounts whose last digits a ruled cell pushed into the next one. Bold 合计 rows set in a wide font
 * overflow their cells, and pdf.js joins the last glyph of one amount with the first of the next
 * into one text run (重庆 收入总体情况表: "244,895.0" | "2192,446.79" for 244,895.02 | 192,446.79).
 * Where a piece ran across a border, the printed figures say where the cut belongs: an amount cut short
 * after its decimal point takes the leading digits of the cell to its right when that makes it whole
 * and leaves a well-grouped amount there.
 */
/** The two texts with the digits moved back, or null when the figures do not say so. */
export declare function rejoinAmount(left: string, right: string): [string, string] | null;
/**
 * The border (its index: between column i and i + 1) a piece of several characters runs across: its
 * first character starts left of it and its last right of it; -1 when none. Such a piece is cut only at
 * a space or between Chinese characters, so the digits of two amounts stay joined in it.
 */
export declare function crossedBorder(piece: {
    text: string;
    x0: number;
    x1: number;
}, borders: number[]): number;
/**
 * Move digits back across the border right of column `col`, and on to the right while the cut runs
 * on (174,900.6 | 4101,833.8 | 441,534.73).
 */
export declare function rejoinAmountAt(cells: Array<{
    text: string;
}>, col: number): void;
