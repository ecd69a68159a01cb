/**
 * Pages a document was read from: per file, the last page any table, row or section points at,
 * summed over its files (北京's 情况说明 and 报表); 0 for text, which has no pages.
 */
export function pagesOf(doc) {
    const last = new Map();
    const see = (o) => {
        if (o?.page !== undefined && o.page > (last.get(o.file) ?? 0))
            last.set(o.file, o.page);
    };
    for (const table of doc.tables) {
        see(table.source);
        for (const row of table.rows)
            see(row.source);
    }
    for (const section of [...doc.narrative, ...doc.overview])
        see(section.source);
    let pages = 0;
    for (const n of last.values())
        pages += n;
    return pages;
}
//# sourceMappingURL=pages.js.map