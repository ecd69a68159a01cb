import { DOCUMENT_FIELDS, documentRef, placeholders } from './fetch.js';
/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const literal = (text) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
function whereOf(filter) {
    const clauses = [];
    const params = [];
    const add = (clause, ...values) => {
        let at = params.length;
        params.push(...values);
        clauses.push(clause.replace(/\?/g, () => `$${++at}`));
    };
    if (filter.region !== undefined)
        add('d.region = ?', filter.region);
    if (filter.year !== undefined)
        add('d.year = ?', filter.year);
    if (filter.phase !== undefined)
        add('d.phase = ?', filter.phase);
    if (filter.department !== undefined) {
        const pattern = `%${literal(filter.department.toLowerCase())}%`;
        add("(LOWER(COALESCE(d.department, d.title)) LIKE ? ESCAPE '\\')", pattern);
    }
    // One pass over the rows for all documents, not a lookup per document.
    if (filter.code !== undefined)
        add("d.id IN (SELECT DISTINCT document_id FROM doc_rows WHERE code LIKE ? ESCAPE '\\')", `${literal(filter.code)}%`);
    return { where: clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}
/** The documents that match, by region, department, year (newest first), phase and version. */
export async function browseDocuments(store, filter, page, pageSize) {
    const { where, params } = whereOf(filter);
    const [count] = await store.query(`SELECT COUNT(*) AS n FROM documents d${where}`, params);
    const offset = (page - 1) * pageSize;
    const rows = await store.query(`SELECT ${DOCUMENT_FIELDS} FROM documents d${where}
      ORDER BY d.region NULLS LAST, d.department NULLS LAST, d.year DESC NULLS LAST, d.phase, d.version DESC, d.id
      LIMIT ${Number(pageSize)} OFFSET ${Number(offset)}`, params);
    const documents = rows.map(documentRef);
    const tables = await tableCounts(store, documents.map((d) => d.id));
    return {
        total: Number(count?.n ?? 0),
        page,
        pageSize,
        documents: documents.map((d) => {
            const t = tables.get(d.id) ?? { tables: 0, unknownTables: 0 };
            const status = t.tables === 0 ? 'no_tables' : t.unknownTables > 0 ? 'unknown_tables' : 'read';
            return { ...d, ...t, status };
        }),
    };
}
async function tableCounts(store, ids) {
    if (ids.length === 0)
        return new Map();
    const rows = await store.query(`SELECT document_id, COUNT(*) AS tables, SUM(CASE WHEN kind = 'unknown' THEN 1 ELSE 0 END) AS unknown_tables
       FROM doc_tables WHERE document_id IN (${placeholders(ids.length, 1)}) GROUP BY document_id`, ids);
    return new Map(rows.map((r) => [Number(r.document_id), { tables: Number(r.tables), unknownTables: Number(r.unknown_tables ?? 0) }]));
}
/** What the filters can choose from: each region with its count of documents, the years, the phases. */
export async function facets(store) {
    const regions = await store.query('SELECT region, COUNT(*) AS n FROM documents GROUP BY region ORDER BY region NULLS LAST');
    const years = await store.query('SELECT DISTINCT year FROM documents WHERE year IS NOT NULL ORDER BY year DESC');
    const phases = await store.query('SELECT DISTINCT phase FROM documents ORDER BY phase');
    return {
        regions: regions.map((r) => ({ region: r.region === null ? null : String(r.region), documents: Number(r.n) })),
        years: years.map((r) => Number(r.year)),
        phases: phases.map((r) => String(r.phase)),
    };
}
//# sourceMappingURL=browse.js.map