/**
 * A rule across documents: a document's figures of an earlier budget — the 上年预算数 a budget
 * prints beside this year's (2025年预算数 | 2026年预算数), and the 年初预算数 of a final account —
 * must be what that budget's own document printed. Executed figures (上年执行数) are not budgets
 * and are not compared.
 */
import { TABLE_KINDS } from '../model/types.js';
import { cellsOf, DOCUMENT_FIELDS, documentRef, firstTableOfKind, NEWEST_VERSION, newestDocuments, placeholders, rowKeys, } from './fetch.js';
import { agreeAtPrintedPrecision, change, money, storedAmount } from './money.js';
export const PRIOR_YEAR_RULE = 'prior-year';
const EXECUTED = /执行|决算|实际|调整|变动/;
export async function priorYearFindings(store, filter = {}) {
    const documents = await newestDocuments(store, filter);
    const byId = new Map(documents.map((d) => [d.id, d]));
    const columns = (await priorColumns(store)).filter((c) => byId.has(c.documentId));
    if (columns.length === 0)
        return [];
    const earlierOf = await earlierDocuments(store, [...new Set(columns.map((c) => c.documentId))].map((id) => byId.get(id)));
    const pairs = columns.filter((c) => earlierOf.has(c.documentId));
    if (pairs.length === 0)
        return [];
    const byColumn = new Map(pairs.map((p) => [columnId(p.documentId, p.tableNo, p.key), p]));
    const laterCells = firstTableOfKind(await cellsOf(store, [...new Set(pairs.map((c) => c.documentId))], allKinds, [...new Set(pairs.map((c) => c.key))])).filter((c) => byColumn.has(columnId(c.documentId, c.tableNo, c.columnKey)));
    const earlierDocs = [...new Set([...earlierOf.values()].map((d) => d.id))];
    const earlierCells = firstTableOfKind(await cellsOf(store, earlierDocs, allKinds, [...new Set(pairs.map((c) => c.earlierKey))]));
    const earlierKeys = rowKeys(earlierCells);
    const earlierIndex = new Map();
    for (const c of earlierCells)
        earlierIndex.set(`${c.documentId} ${earlierKeys.get(c)} ${c.columnKey}`, c);
    const laterKeys = rowKeys(laterCells);
    const findings = [];
    for (const c of laterCells) {
        const column = byColumn.get(columnId(c.documentId, c.tableNo, c.columnKey));
        const later = byId.get(c.documentId);
        const earlier = earlierOf.get(c.documentId);
        if (!column || !later || !earlier)
            continue;
        const match = earlierIndex.get(`${earlier.id} ${laterKeys.get(c)} ${column.earlierKey}`);
        if (!match)
            continue;
        const actual = storedAmount(c.amount, c.scale, c.unit);
        const expected = storedAmount(match.amount, match.scale, match.unit);
        if (!actual || !expected || agreeAtPrintedPrecision(actual, expected))
            continue;
        findings.push(finding(later, earlier, c, match, column.label, money(actual), money(expected), change(expected, actual)?.amount ?? ''));
    }
    return findings;
}
// Every kind: the columns found decide which tables are compared.
const allKinds = TABLE_KINDS.filter((k) => k !== 'unknown');
const columnId = (documentId, tableNo, key) => `${documentId} ${tableNo} ${key}`;
/** Budget documents print `prior_year…` columns; final accounts print their year's budget as `budget`. */
async function priorColumns(store) {
    const rows = await store.query(`SELECT c.document_id, c.table_no, c.key, c.label, c.path, d.phase FROM doc_columns c
       JOIN documents d ON d.id = c.document_id
      WHERE c.key = 'prior_year' OR c.key LIKE 'prior_year_%' OR (c.key = 'budget' AND d.phase = 'final_account')
      ORDER BY c.document_id, c.table_no, c.column_no`);
    const out = [];
    for (const r of rows) {
        const key = String(r.key);
        const header = `${String(r.path)} ${String(r.label)}`;
        if (EXECUTED.test(header))
            continue;
        const earlierKey = key === 'budget' || key === 'prior_year' ? 'total' : key.slice('prior_year_'.length);
        out.push({ documentId: Number(r.document_id), tableNo: Number(r.table_no), key, label: String(r.label), earlierKey });
    }
    return out;
}
/** For each document, the budget its earlier figures restate: last year's budget, or a final account's own year's. */
async function earlierDocuments(store, documents) {
    const out = new Map();
    const wanted = documents.filter((d) => d.department !== null && d.year !== null);
    if (wanted.length === 0)
        return out;
    const params = [...new Set(wanted.map((d) => d.department))];
    const rows = await store.query(`SELECT ${DOCUMENT_FIELDS} FROM documents d
      WHERE d.phase = 'budget' AND ${NEWEST_VERSION} AND d.department IN (${placeholders(params.length, 1)})`, params);
    const budgets = new Map(rows.map((r) => [`${r.department} ${Number(r.year)}`, r]));
    for (const d of wanted) {
        const year = d.phase === 'final_account' ? d.year : d.year - 1;
        const row = budgets.get(`${d.department} ${year}`);
        if (row)
            out.set(d.id, documentRef(row));
    }
    return out;
}
function place(doc, c) {
    return { file: doc.sourceFile, table: c.tableTitle, page: c.page, line: c.line, cell: c.cell };
}
function finding(later, earlier, c, match, column, actual, expected, difference) {
    const line = c.code ? `${c.code} ${c.name}` : c.name;
    const what = later.phase === 'final_account' ? '年初预算数' : '上年预算数';
    return {
        rule: PRIOR_YEAR_RULE,
        severity: 'error',
        document: later,
        earlier,
        kind: c.kind,
        code: c.code,
        name: c.name,
        column,
        actual,
        expected,
        difference,
        source: place(later, c),
        earlierSource: place(earlier, match),
        message: {
            zh: `${c.tableTitle}：${line} 的${what}（${column}）为 ${actual} 万元，而 ${earlier.year} 年预算文件（${earlier.title}）印为 ${expected} 万元（差 ${difference}）`,
            en: `${c.tableTitle}: ${line}, ${column} prints ${actual} 万元, but the ${earlier.year} budget (${earlier.title}) printed ${expected} 万元 (difference ${difference})`,
        },
    };
}
//# sourceMappingURL=prior-year.js.map