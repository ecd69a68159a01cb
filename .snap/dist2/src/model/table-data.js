export function columnData(column) {
    const { key, label, path, type, side } = column;
    return { key, label, path, type, ...(side ? { side } : {}) };
}
/** The table's data fields, in the order the JSON form prints them. */
export function tableData(table) {
    const { kind, title, unit, source, empty, emptyStatement, notes, columns, rows } = table;
    return {
        kind,
        title,
        unit,
        source,
        empty,
        ...(emptyStatement ? { emptyStatement } : {}),
        notes,
        columns: columns.map(columnData),
        rows,
    };
}
//# sourceMappingURL=table-data.js.map