/**
 * One classification code across the store: who spends on 2010101 行政运行 (or 30101 基本工资), how
 * much, split into 基本/项目 where the table prints it; the newest document of each department-year.
 */
import { atScale } from '../model/amount.js';
import { SPENDING_BY_ECONOMIC, SPENDING_BY_FUNCTION } from '../model/kinds.js';
import { DOCUMENT_FIELDS, documentRef, NEWEST_VERSION, placeholders } from './fetch.js';
import { money, storedAmount } from './money.js';
/** The table a code is read from in each document, in order of preference (all funds before one fund). */
const PREFERENCE = [...SPENDING_BY_FUNCTION, ...SPENDING_BY_ECONOMIC];
export async function codeAcross(store, code, filter = {}) {
    const params = [code, filter.phase ?? 'budget'];
    let where = '';
    if (filter.year !== undefined) {
        params.push(filter.year);
        where += ` AND d.year = $${params.length}`;
    }
    if (filter.region !== undefined) {
        params.push(filter.region);
        where += ` AND d.region = $${params.length}`;
    }
    // Per document, the most preferred table that prints the code and its first row with it, chosen
    // before the cells are joined: the cells of one row per document, not of every row with the code.
    const kinds = placeholders(PREFERENCE.length, params.length + 1);
    const rank = PREFERENCE.map((_, i) => `WHEN $${params.length + 1 + i} THEN ${i}`).join(' ');
    params.push(...PREFERENCE);
    const rows = await store.query(`WITH hits AS (
       SELECT r.document_id, r.table_no, r.row_no, r.name, r.page, r.line, r.cell, t.kind, t.title AS table_title, t.unit,
              ROW_NUMBER() OVER (PARTITION BY r.document_id ORDER BY CASE t.kind ${rank} END, r.table_no, r.row_no) AS pick
         FROM doc_rows r
         JOIN doc_tables t ON t.document_id = r.document_id AND t.table_no = r.table_no
         JOIN documents d ON d.id = r.document_id
        WHERE r.code = $1 AND d.phase = $2 AND ${NEWEST_VERSION}${where} AND t.kind IN (${kinds}))
     SELECT ${DOCUMENT_FIELDS}, h.table_no, h.kind, h.table_title, h.unit, h.row_no, h.name, h.page, h.line, h.cell,
            c.column_key, c.amount, c.scale
       FROM hits h
       JOIN documents d ON d.id = h.document_id
       LEFT JOIN cells c ON c.document_id = h.document_id AND c.table_no = h.table_no AND c.row_no = h.row_no
                        AND c.column_key IN ('total', 'basic', 'project')
      WHERE h.pick = 1
      ORDER BY d.id`, params);
    const spending = new Map();
    for (const r of rows) {
        const entry = spending.get(Number(r.id)) ?? {
            document: documentRef(r),
            kind: String(r.kind),
            table: String(r.table_title),
            name: String(r.name),
            total: null,
            basic: null,
            project: null,
            page: r.page === null ? null : Number(r.page),
            line: r.line === null ? null : Number(r.line),
            cell: r.cell === null ? null : String(r.cell),
        };
        const key = r.column_key === null ? null : String(r.column_key);
        if (key === 'total' || key === 'basic' || key === 'project')
            entry[key] = money(storedAmount(r.amount, r.scale, r.unit));
        spending.set(Number(r.id), entry);
    }
    const ordered = [...spending.values()].sort((a, b) => compareMoney(b.total, a.total));
    return { code, unit: '万元', spending: ordered };
}
/** Exact order of decimal strings (null last). */
function compareMoney(a, b) {
    if (a === null || b === null)
        return a === b ? 0 : a === null ? -1 : 1;
    const x = storedAmount(a, null, '万元');
    const y = storedAmount(b, null, '万元');
    if (!x || !y)
        return 0;
    const scale = Math.max(x.scale, y.scale);
    const d = atScale(x, scale) - atScale(y, scale);
    return d < 0n ? -1 : d > 0n ? 1 : 0;
}
//# sourceMappingURL=code-across.js.map