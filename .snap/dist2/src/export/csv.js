/**
 * CSV export: one file per table kind across the documents given, UTF-8 with a byte-order mark so
 * Excel opens it as UTF-8, fields quoted as RFC 4180 says, lines ended by CRLF. Amounts are the
 * exact decimal strings of the document (as many decimals as printed) in the table's unit, which
 * has its own column.
 */
import { formatAmount } from '../model/amount.js';
import { originLabel } from '../report/origin.js';
import { unifiedColumns } from './input.js';
const BOM = '\uFEFF';
/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/**
 * Rows as CSV text, CRLF after every record; with the byte-order mark Excel needs to read UTF-8
 * unless `bom` is false (for programs, which may take the mark for part of the first name).
 */
export function csvText(records, bom = true) {
    return (bom ? BOM : '') + records.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
/** A column's header: its name and its key, `合计 (total)`, so people and programs both find it. */
export const columnHeader = (c) => `${c.label} (${c.key})`;
const LEADING = ['文档 (document)', '部门 (department)', '年度 (year)', '阶段 (phase)', '表名 (table_title)'];
const ROW = ['编码 (row_code)', '名称 (name)', '级次 (level)', '合计行 (is_total)', '收支 (side)'];
const TRAILING = ['单位 (unit)', '文件 (file)', '位置 (origin)'];
/** The records of one kind's tables: a header, then every row of every table. */
export function kindRecords(tables) {
    const columns = unifiedColumns(tables);
    const records = [[...LEADING, ...ROW, ...columns.map(columnHeader), ...TRAILING]];
    for (const table of tables) {
        const doc = table.document;
        const leading = [doc.title, doc.department ?? '', doc.year === null ? '' : String(doc.year), doc.phase, table.title];
        for (const row of table.rows) {
            const cells = columns.map((c) => {
                const amount = row.values[c.key];
                return amount ? formatAmount(amount) : (row.texts[c.key] ?? '');
            });
            records.push([
                ...leading,
                row.code ?? '',
                row.name,
                row.level === null ? '' : String(row.level),
                row.isTotal ? 'true' : 'false',
                row.side ?? '',
                ...cells,
                table.unit,
                row.source.file,
                originLabel(row.source, 'short'),
            ]);
        }
    }
    return records;
}
/** One CSV file per table kind (`expenditure_summary.csv` …), kinds in the order first met. */
export function csvFiles(tables) {
    const byKind = new Map();
    for (const table of tables) {
        const list = byKind.get(table.kind) ?? [];
        list.push(table);
        byKind.set(table.kind, list);
    }
    return [...byKind].map(([kind, list]) => ({ name: `${kind}.csv`, data: csvText(kindRecords(list)) }));
}
//# sourceMappingURL=csv.js.map