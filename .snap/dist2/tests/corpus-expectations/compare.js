/**
 * What the reader read against what a person read off the page: each function returns one line per
 * difference, naming the document, the table, the row, the column, the expected and the read value.
 */
import { formatAmount } from '../../src/model/amount.js';
/** Titles, names and labels compared as a reader sees them: no spaces, full-width forms folded, no quotes, no 一、 or 其中: in front. */
export function norm(text) {
    return text
        .normalize('NFKC')
        .replace(/[\s“”"'‘’]/g, '')
        .replace(/^[一二三四五六七八九十]+[、.]/, '')
        .replace(/^其中:/, '');
}
function where(e, t) {
    return `${e.file} p.${t.page} 《${t.title}》 [${t.kind}]`;
}
function titlesMatch(read, expected) {
    const a = norm(read);
    const b = norm(expected);
    return a.length > 0 && (a.includes(b) || b.includes(a));
}
/**
 * Each expected table's read table: on its page, by title (one includes the other) and kind, by
 * title, by kind, else the only table starting there. Tables are taken once, in document order.
 */
export function matchTables(doc, e) {
    const used = new Set();
    return e.tables.map((t) => {
        const onPage = doc.tables.filter((r) => !used.has(r) && r.source.page === t.page);
        const found = onPage.find((r) => titlesMatch(r.title, t.title) && r.kind === t.kind) ??
            onPage.find((r) => titlesMatch(r.title, t.title)) ??
            onPage.find((r) => r.kind === t.kind) ??
            (onPage.length === 1 ? onPage[0] : undefined);
        if (found)
            used.add(found);
        return found;
    });
}
export function documentDiffs(doc, e) {
    const diffs = [];
    // The department compares as a name (full-width brackets and half-width ones are the same name).
    if (norm(doc.department ?? '') !== norm(e.document.department))
        diffs.push(`${e.file}: document department expected ${e.document.department}, read ${doc.department}`);
    for (const key of ['year', 'phase', 'unit'])
        if (doc[key] !== e.document[key])
            diffs.push(`${e.file}: document ${key} expected ${e.document[key]}, read ${doc[key]}`);
    return diffs;
}
export function tableDiffs(doc, e, matched) {
    const diffs = [];
    let lastIndex = -1;
    e.tables.forEach((t, i) => {
        const read = matched[i];
        if (!read) {
            const onPage = doc.tables.filter((r) => r.source.page === t.page).map((r) => `${r.kind} 《${r.title}》`);
            diffs.push(`${where(e, t)}: table not found (read on that page: ${onPage.join(', ') || 'nothing'})`);
            return;
        }
        if (read.kind !== t.kind)
            diffs.push(`${where(e, t)}: kind expected ${t.kind}, read ${read.kind} (title read 《${read.title}》)`);
        if (read.unit !== t.unit)
            diffs.push(`${where(e, t)}: unit expected ${t.unit}, read ${read.unit}`);
        if (read.empty !== t.empty)
            diffs.push(`${where(e, t)}: empty expected ${t.empty}, read ${read.empty}`);
        const index = doc.tables.indexOf(read);
        if (index < lastIndex)
            diffs.push(`${where(e, t)}: read out of order (table ${index + 1} of the document, after table ${lastIndex + 1})`);
        lastIndex = Math.max(lastIndex, index);
    });
    const taken = new Set(matched);
    for (const read of doc.tables)
        if (!taken.has(read))
            diffs.push(`${e.file} p.${read.source.page ?? '?'}: read a table the document does not have: ${read.kind} 《${read.title}》 (${read.rows.length} rows)`);
    return diffs;
}
/** A model key as is; `label:<header>` is the column whose label, or failing that a header above it, is that header. */
function columnKey(table, key) {
    if (!key.startsWith('label:'))
        return key;
    const label = norm(key.slice('label:'.length));
    return (table.columns.find((c) => norm(c.label) === label) ?? table.columns.find((c) => c.path.some((p) => norm(p) === label)))
        ?.key;
}
function rowName(r) {
    return `${r.side ? `${r.side} ` : ''}${r.code ? `${r.code} ` : ''}${r.row ?? r.name ?? '(unnamed row)'}`;
}
/** Each expected amount read exactly, and no amount read in a column the page leaves blank. */
function valueDiffs(label, table, read, expected, headers) {
    const diffs = [];
    const keys = new Set();
    for (const [key, value] of Object.entries(expected)) {
        const readKey = columnKey(table, key);
        const header = headers[key] ? ` (${headers[key]})` : '';
        if (!readKey) {
            diffs.push(`${label} column ${key}${header}: expected ${value}, no column read with that header`);
            continue;
        }
        keys.add(readKey);
        const amount = read.values[readKey];
        const got = amount ? formatAmount(amount) : 'nothing';
        if (got !== value)
            diffs.push(`${label} column ${key}${header}: expected ${value}, read ${got}${amount ? ` ("${amount.raw}")` : ''}`);
    }
    for (const [key, amount] of Object.entries(read.values))
        if (!keys.has(key) && amount.scaled !== 0n)
            diffs.push(`${label} column ${key}: expected blank, read ${formatAmount(amount)} ("${amount.raw}")`);
    return diffs;
}
function findTotal(table, r) {
    const sided = table.rows.filter((row) => !r.side || row.side === r.side);
    if (r.row === null || r.row === undefined)
        return sided.find((row) => row.isTotal) ?? (sided.length === 1 ? sided[0] : undefined);
    const name = norm(r.row);
    return sided.find((row) => norm(row.name) === name && row.isTotal) ?? sided.find((row) => norm(row.name) === name);
}
/** The differences of each expected table that has `what` to check, against its read table (one line if not read). */
function eachTable(e, matched, what, has, check) {
    return e.tables.flatMap((t, i) => {
        if (!has(t))
            return [];
        const table = matched[i];
        return table ? check(e, t, table) : [`${where(e, t)}: table not found, its ${what} not checked`];
    });
}
function totalRowDiffs(e, t, table, r) {
    const label = `${where(e, t)} row ${rowName(r)}${r.page && r.page !== t.page ? ` (p.${r.page})` : ''}`;
    const read = findTotal(table, r);
    if (!read)
        return [`${label}: row not found`];
    // A single unnamed (or only) data row may be a unit's own row rather than a marked total.
    const marked = read.isTotal || r.row === null ? [] : [`${label}: read, but not as a total row`];
    return [...marked, ...valueDiffs(label, table, read, r.values, t.columns ?? {})];
}
const totalsOf = (e, t, table) => (t.totals ?? []).flatMap((r) => totalRowDiffs(e, t, table, r));
export function totalDiffs(e, matched) {
    return eachTable(e, matched, 'totals', (t) => (t.totals?.length ?? 0) > 0, totalsOf);
}
const FUNCTION_CLASS = /^2\d\d$/;
const classTableDiffs = (e, t, table) => {
    const diffs = [];
    const taken = new Set();
    for (const r of t.classRows ?? []) {
        const label = `${where(e, t)} 类 row ${rowName(r)}`;
        const candidates = table.rows.filter((row) => row.code === r.code && (!r.side || row.side === r.side));
        const read = candidates.find((row) => row.level === 1) ?? candidates[0];
        if (!read) {
            diffs.push(`${label}: row not found`);
            continue;
        }
        taken.add(read);
        if (r.name && norm(read.name) !== norm(r.name))
            diffs.push(`${label}: name expected ${r.name}, read ${read.name}`);
        diffs.push(...valueDiffs(label, table, read, r.values, t.columns ?? {}));
    }
    const money = (row) => Object.values(row.values).some((a) => a.scaled !== 0n);
    for (const row of table.rows)
        if (!taken.has(row) && row.side !== 'income' && FUNCTION_CLASS.test(row.code ?? '') && money(row))
            diffs.push(`${where(e, t)}: read a 类 row the page does not have: ${row.code} ${row.name} (${row.label})`);
    return diffs;
};
export function classRowDiffs(e, matched) {
    return eachTable(e, matched, '类 rows', (t) => t.classRows !== undefined, classTableDiffs);
}
const ROLE_PATTERNS = {
    total: /三公.*(总额|合计|总计)|^(合计|总计)$/,
    abroad: /出国/,
    reception: /接待/,
    vehicle: /购置及运行/,
    vehicle_purchase: /^(公务用?车)?购置费?$/,
    vehicle_operation: /^(公务用?车)?运行(维护|维修)?费?$/,
};
function findItem(table, item) {
    const printed = norm(item.printed.split(' / ')[0] ?? item.printed);
    const byName = table.rows.find((row) => norm(row.name) === printed);
    if (byName)
        return byName;
    const pattern = ROLE_PATTERNS[item.item];
    return table.rows.find((row) => pattern.test(norm(row.name)) || (item.item === 'total' && row.isTotal));
}
/** Items as rows (出国 / 接待 rows), or as columns of a per-unit table whose 合计 row holds the department's figures. */
function itemsAreRows(table) {
    return table.rows.some((row) => /出国|接待/.test(norm(row.name)));
}
function itemColumn(table, item) {
    const pattern = ROLE_PATTERNS[item.item];
    return (table.columns.find((c) => norm(c.label) === norm(item.printed.split(' / ')[0] ?? '') || pattern.test(norm(c.label))) ??
        table.columns.find((c) => pattern.test(norm(c.path.join('')))));
}
function columnWiseDiffs(label, table, item) {
    const total = table.rows.find((row) => row.isTotal) ?? table.rows.find((row) => norm(row.name) === '合计');
    const column = itemColumn(table, item);
    const expected = item.values.total;
    if (!total || !column)
        return expected === undefined ? [] : [`${label}: no item row, and no ${total ? 'column' : '合计 row'} to read it from`];
    const amount = total.values[column.key];
    const got = amount ? formatAmount(amount) : 'nothing';
    if (expected === undefined)
        return amount && amount.scaled !== 0n ? [`${label} (合计 row, column ${column.key}): expected blank, read ${got}`] : [];
    return got === expected ? [] : [`${label} (合计 row, column ${column.key} ${column.label}): expected ${expected}, read ${got}`];
}
const threePublicTableDiffs = (e, t, table) => {
    const rowWise = itemsAreRows(table);
    return (t.threePublic ?? []).flatMap((item) => {
        const label = `${where(e, t)} 三公 ${item.item} (${item.printed})`;
        if (!rowWise)
            return columnWiseDiffs(label, table, item);
        const read = findItem(table, item);
        if (read)
            return valueDiffs(label, table, read, item.values, t.columns ?? {});
        return Object.keys(item.values).length > 0 ? [`${label}: row not found`] : [];
    });
};
export function threePublicDiffs(e, matched) {
    return eachTable(e, matched, '三公 items', (t) => t.threePublic !== undefined, threePublicTableDiffs);
}
//# sourceMappingURL=compare.js.map