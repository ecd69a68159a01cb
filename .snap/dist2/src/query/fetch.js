import { DOCUMENT_COLUMNS, storedDocument } from '../store/sql-store.js';
/** `$from, $from+1, …` for a list of parameters. */
export function placeholders(count, from) {
    return Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');
}
/**
 * A document whose version is the newest of its department, year and phase: a flag the store keeps
 * as it stores a later version (put.ts), read instead of numbering every document's versions in a
 * window over the whole store for each query.
 */
export const NEWEST_VERSION = 'd.newest';
export const DOCUMENT_FIELDS = DOCUMENT_COLUMNS;
export const documentRef = storedDocument;
/** The conditions (on documents `d`) for the newest documents that match; their values added to `params`. */
export function newestWhere(filter, params) {
    const where = [NEWEST_VERSION];
    const add = (clause, value) => {
        params.push(value);
        where.push(clause.replace('?', `$${params.length}`));
    };
    if (filter.department !== undefined)
        add('d.department = ?', filter.department);
    if (filter.region !== undefined)
        add('d.region = ?', filter.region);
    if (filter.year !== undefined)
        add('d.year = ?', filter.year);
    if (filter.phase !== undefined)
        add('d.phase = ?', filter.phase);
    return where.join(' AND ');
}
/** The newest documents that match, by department and year. */
export async function newestDocuments(store, filter) {
    const params = [];
    const rows = await store.query(`SELECT ${DOCUMENT_FIELDS} FROM documents d WHERE ${newestWhere(filter, params)} ORDER BY d.department, d.year, d.id`, params);
    return rows.map(documentRef);
}
/**
 * The amounts under the given column keys of every row of the documents' tables of these kinds
 * (every kind when `kinds` is null). The documents are named on each of the three tables joined,
 * so that PostgreSQL finds the cells by their index instead of reading them all, and DuckDB
 * filters them as it scans.
 */
export async function cellsOf(store, documentIds, kinds, columnKeys, 
/** Only total rows and rows of these levels (a comparison of 类 and 款 needs no 项). */
levels) {
    if (documentIds.length === 0 || kinds?.length === 0 || columnKeys.length === 0)
        return [];
    const params = [...documentIds, ...columnKeys, ...(kinds ?? [])];
    const ids = placeholders(documentIds.length, 1);
    const keyList = placeholders(columnKeys.length, documentIds.length + 1);
    const kindFilter = kinds ? ` AND t.kind IN (${placeholders(kinds.length, documentIds.length + columnKeys.length + 1)})` : '';
    const rows = await store.query(`SELECT t.document_id, t.table_no, t.kind, t.title AS table_title, t.unit, r.row_no, r.code, r.name, r.level,
            r.is_total, r.side, c.column_key, c.amount, c.scale, r.page, r.line, r.cell
       FROM doc_tables t
       JOIN doc_rows r ON r.document_id = t.document_id AND r.table_no = t.table_no
       JOIN cells c ON c.document_id = r.document_id AND c.table_no = r.table_no AND c.row_no = r.row_no
      WHERE t.document_id IN (${ids}) AND r.document_id IN (${ids}) AND c.document_id IN (${ids})${kindFilter}
        AND c.column_key IN (${keyList}) AND c.amount IS NOT NULL${levels ? ` AND (r.is_total OR r.level IN (${levels.map(Number).join(', ')}))` : ''}
      ORDER BY t.document_id, t.table_no, r.row_no`, params);
    return rows.map(storedCell);
}
function storedCell(row) {
    const numberOrNull = (v) => (v === null || v === undefined ? null : Number(v));
    return {
        documentId: Number(row.document_id),
        tableNo: Number(row.table_no),
        kind: String(row.kind),
        tableTitle: String(row.table_title),
        unit: String(row.unit),
        rowNo: Number(row.row_no),
        code: row.code === null ? null : String(row.code),
        name: String(row.name),
        level: numberOrNull(row.level),
        isTotal: row.is_total === true,
        side: row.side === null ? null : String(row.side),
        columnKey: String(row.column_key),
        amount: row.amount,
        scale: numberOrNull(row.scale),
        page: numberOrNull(row.page),
        line: numberOrNull(row.line),
        cell: row.cell === null || row.cell === undefined ? null : String(row.cell),
    };
}
/** Only the first table of each kind in a document: a kind's later tables are per-unit repeats. */
export function firstTableOfKind(cells) {
    const first = new Map();
    for (const c of cells) {
        const key = `${c.documentId} ${c.kind}`;
        const seen = first.get(key);
        if (seen === undefined || c.tableNo < seen)
            first.set(key, c.tableNo);
    }
    return cells.filter((c) => first.get(`${c.documentId} ${c.kind}`) === c.tableNo);
}
/**
 * What makes two rows of one kind of table the same line in two documents: the side, then the
 * classification code, else the name; totals match totals (合计, 总计 …) of the same side. A key
 * repeated within one table (the same name twice) gets its occurrence number.
 */
export function rowKeys(cells) {
    const keys = new Map();
    const byRow = new Map();
    const occurrences = new Map();
    for (const c of cells) {
        const rowId = `${c.documentId} ${c.tableNo} ${c.rowNo}`;
        let key = byRow.get(rowId);
        if (key === undefined) {
            const base = `${c.kind}|${c.side ?? ''}|${c.isTotal ? '(total)' : c.code ? `#${c.code}` : c.name}`;
            const tableBase = `${c.documentId} ${c.tableNo} ${base}`;
            const n = (occurrences.get(tableBase) ?? 0) + 1;
            occurrences.set(tableBase, n);
            key = n === 1 ? base : `${base}|${n}`;
            byRow.set(rowId, key);
        }
        keys.set(c, key);
    }
    return keys;
}
//# sourceMappingURL=fetch.js.map