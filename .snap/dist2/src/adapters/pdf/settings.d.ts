/** Every tolerance of the PDF layout stages, in one place (PDF points unless said otherwise). */
export interface LayoutSettings {
    /** Ruling lines shorter than this are noise (glyph strokes, underlines of single characters). */
    minEdgeLength: number;
    /** A filled rectangle thinner than this is a ruling line, not a shaded cell. */
    maxRuleThickness: number;
    /** Parallel edges closer than this are the same line (double rules, anti-aliasing rectangles). */
    snapTolerance: number;
    /** Collinear edges with a gap below this are joined. */
    joinTolerance: number;
    /** An edge end this close to a crossing edge still meets it. */
    intersectionTolerance: number;
    /** Fewest cells for a ruled grid to count as a table. */
    minTableCells: number;
    /** Text pieces whose baselines differ by less than this share a line (fraction of the font size). */
    lineTolerance: number;
    /** A gap wider than this (fraction of the font size) starts a new cell in an unruled line. */
    cellGap: number;
    /** An unruled table needs this many consecutive lines with several aligned cells. */
    minAlignedRows: number;
    /** Column edges of unruled tables closer than this are the same column. */
    columnTolerance: number;
    /** Lines this close to the top or bottom edge of the page may be running headers/footers. */
    furnitureMargin: number;
}
export declare const DEFAULT_SETTINGS: LayoutSettings;
