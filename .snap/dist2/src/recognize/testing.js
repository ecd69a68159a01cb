/** Grid rows as a ruled PDF gives them: one cell per column, a merged cell once with its span. */
export const gridRow = (line, cells) => ({
    type: 'row',
    line,
    lines: 1,
    cells: cells.map((c, col) => (typeof c === 'string' ? { text: c, col } : { text: '', col, ...c })),
});
/** A 2026 PDF in 万元 with no department named. */
export const gridContext = () => ({
    file: 'x.pdf',
    style: 'grid',
    year: 2026,
    department: null,
    unit: '万元',
    findings: [],
    absent: new Set(),
});
//# sourceMappingURL=testing.js.map