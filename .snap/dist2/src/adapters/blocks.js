export function rowText(row) {
    return row.cells.map((c) => c.text);
}
export function nonEmptyCells(row) {
    return row.cells.filter((c) => c.text !== '');
}
//# sourceMappingURL=blocks.js.map