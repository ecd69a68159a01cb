import { csvText } from './csv.js';
import { sheetNames, workbookBytes } from './workbook.js';
export function comparisonCsv(table) {
    const header = table.columns.map((c) => c.label);
    return csvText([header, ...table.rows.map((r) => r.map((v) => v ?? ''))]);
}
function cellOf(value, type) {
    if (value === null)
        return null;
    if (type !== 'text' && /^-?\d+(?:\.\d+)?$/.test(value))
        return { number: value, decimals: value.split('.')[1]?.length ?? 0 };
    return { text: value };
}
export function comparisonXlsx(table) {
    const [name] = sheetNames([table.title || 'comparison']);
    const rows = [
        [{ text: table.title, bold: true }],
        [{ text: `单位：${table.unit}` }],
        table.columns.map((c) => ({ text: c.label, bold: true })),
        ...table.rows.map((r) => r.map((v, i) => cellOf(v, table.columns[i]?.type ?? 'text'))),
    ];
    return workbookBytes([
        {
            name: name,
            rows,
            widths: table.columns.map((c) => (c.type === 'text' ? 24 : 14)),
            frozenRows: 3,
        },
    ]);
}
//# sourceMappingURL=comparison.js.map