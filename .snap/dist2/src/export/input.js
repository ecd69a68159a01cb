/**
 * What every export takes: tables, each with the metadata of its document. Read documents give
 * them now (`tablesOf`); a store query will give the same plain shape later, so the writers never
 * see where the tables came from. The shapes are narrowed from the model, so a model table passes
 * as it is and a query needs to fill only these fields.
 */
import { tableData } from '../model/table-data.js';
export function documentMeta(doc) {
    return {
        title: doc.title,
        department: doc.department,
        year: doc.year,
        phase: doc.phase,
        file: doc.source.file,
        sha256: doc.source.sha256,
    };
}
/** Every table of the documents, in document order, with its document's metadata. */
export function tablesOf(docs) {
    return docs.flatMap((doc) => {
        const document = documentMeta(doc);
        return doc.tables.map((t) => ({ document, ...tableData(t) }));
    });
}
/**
 * The columns of several tables as one list, each key once, in the order first seen. A two-sided
 * table (收支总表) prints the same keys under 收入 and 支出; each row is on one side and says which,
 * so the side's level is dropped from the header path and the key stands once.
 */
export function unifiedColumns(tables) {
    const seen = new Map();
    for (const table of tables) {
        for (const column of table.columns) {
            if (seen.has(column.key))
                continue;
            const path = column.side && column.path.length > 1 ? column.path.slice(1) : column.path;
            seen.set(column.key, { key: column.key, label: column.label, path, type: column.type });
        }
    }
    return [...seen.values()];
}
/** The table has rows on two sides (收入 | 支出). */
export function hasSides(table) {
    return table.rows.some((r) => r.side !== undefined);
}
//# sourceMappingURL=input.js.map