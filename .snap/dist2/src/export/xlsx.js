/**
 * XLSX export: a contents sheet (目录), then one sheet per table — its title, the document, unit
 * and origin above the header rows as printed (multi-level headers kept, group labels merged over
 * their columns), then the rows: code, name, and every column, amounts as numbers in the table's
 * unit shown with the decimals the document printed.
 */
import { columnLetters } from '../adapters/xlsx/adapter.js';
import { formatAmount } from '../model/amount.js';
import { KIND_NAMES } from '../model/kinds.js';
import { originLabel } from '../report/origin.js';
import { hasSides, unifiedColumns } from './input.js';
import { sheetNames, workbookBytes } from './workbook.js';
const text = (t, bold = false) => ({ text: t, ...(bold ? { bold } : {}) });
const PHASE_NAMES = { budget: '预算', final_account: '决算' };
/** `A1`-style reference of a zero-based row and column. */
const ref = (row, col) => `${columnLetters(col)}${row + 1}`;
/**
 * Header rows as printed: each column's path top to bottom; a group label written once and merged
 * over the columns under it, a path shorter than the deepest merged down to the last header row.
 */
function headerRows(lead, columns, top) {
    return headerCells([...lead.map((l) => [l]), ...columns.map((c) => (c.path.length > 0 ? c.path : [c.label]))], top);
}
/** Header rows for columns given as paths (top to bottom), starting at sheet row `top` (zero-based). */
export function headerCells(paths, top) {
    const depth = Math.max(1, ...paths.map((p) => p.length));
    const rows = Array.from({ length: depth }, () => paths.map(() => null));
    const merges = [];
    const samePrefix = (a, b, level) => a.length > level && b.length > level && a.slice(0, level + 1).every((p, i) => p === b[i]);
    for (let level = 0; level < depth; level++) {
        for (let c = 0; c < paths.length;) {
            const path = paths[c];
            if (path.length <= level) {
                c++;
                continue;
            }
            let end = c;
            while (end + 1 < paths.length && samePrefix(path, paths[end + 1], level))
                end++;
            const last = level === path.length - 1 && end === c ? depth - 1 : level;
            rows[level][c] = text(path[level], true);
            if (end > c || last > level)
                merges.push(`${ref(top + level, c)}:${ref(top + last, end)}`);
            c = end + 1;
        }
    }
    return { rows, merges };
}
/** One table as a sheet (its name chosen by the caller). */
export function tableSheet(table, name) {
    const doc = table.document;
    const sided = hasSides(table);
    const columns = unifiedColumns([table]);
    const lead = [...(sided ? ['收支'] : []), '编码', '名称'];
    const about = [doc.department, doc.year === null ? null : `${doc.year}年`, PHASE_NAMES[doc.phase]].filter(Boolean).join(' ');
    const rows = [
        [text(table.title || KIND_NAMES[table.kind], true)],
        [text(about), text(`单位：${table.unit}`), text(`来源：${doc.file} ${originLabel(table.source)}`)],
    ];
    const header = headerRows(lead, columns, rows.length);
    rows.push(...header.rows);
    for (const row of table.rows) {
        const side = row.side === 'income' ? '收入' : row.side === 'expenditure' ? '支出' : '';
        rows.push([
            ...(sided ? [text(side)] : []),
            text(row.code ?? ''),
            text(row.name, row.isTotal),
            ...columns.map((c) => {
                const amount = row.values[c.key];
                if (amount)
                    return { number: formatAmount(amount), decimals: amount.scale };
                const value = row.texts[c.key];
                return value ? text(value) : null;
            }),
        ]);
    }
    return {
        name,
        rows,
        merges: header.merges,
        widths: [...(sided ? [6] : []), 10, 36, ...columns.map((c) => (c.type === 'text' ? 24 : 14))],
        frozenRows: 2 + header.rows.length,
    };
}
/** The contents sheet: which sheet holds which table of which document. */
function contentsSheet(tables, names) {
    const head = ['工作表', '表名', '类型', '文档', '部门', '年度', '阶段', '单位', '行数', '文件', '位置'];
    const rows = [head.map((h) => text(h, true))];
    tables.forEach((t, i) => {
        rows.push([
            text(names[i]),
            text(t.title),
            text(t.kind),
            text(t.document.title),
            text(t.document.department ?? ''),
            text(t.document.year === null ? '' : String(t.document.year)),
            text(PHASE_NAMES[t.document.phase]),
            text(t.unit),
            { number: String(t.rows.length), decimals: 0 },
            text(t.document.file),
            text(originLabel(t.source)),
        ]);
    });
    return { name: '目录', rows, widths: [24, 36, 30, 36, 24, 8, 6, 6, 8, 40, 12], frozenRows: 1 };
}
/** The sheets of the export: 目录 first, then one per table, named `3 支出预算总表` (unique, ≤ 31 characters). */
export function exportSheets(tables) {
    const names = sheetNames(['目录', ...tables.map((t, i) => `${i + 1} ${t.title || KIND_NAMES[t.kind]}`)]).slice(1);
    return [contentsSheet(tables, names), ...tables.map((t, i) => tableSheet(t, names[i]))];
}
export function xlsxBytes(tables) {
    return workbookBytes(exportSheets(tables));
}
//# sourceMappingURL=xlsx.js.map