import { readStoredDocument } from '../store/read-back.js';
import { newestDocuments } from './fetch.js';
export async function storedTables(store, filter) {
    const tables = [];
    let documents = 0;
    for (const ref of await newestDocuments(store, filter)) {
        const stored = await readStoredDocument(store, ref.id);
        if (!stored)
            continue;
        documents++;
        const d = stored.document;
        const document = {
            title: d.title,
            department: d.department,
            year: d.year,
            phase: d.phase,
            file: d.sourceFile,
            sha256: d.sha256,
        };
        for (const table of stored.tables)
            tables.push({ ...table, document });
    }
    return { tables, documents };
}
//# sourceMappingURL=stored-tables.js.map