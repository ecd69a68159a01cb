import { formatAmount } from './amount.js';
import { tableData } from './table-data.js';
/** The JSON form of the model (contract.md): amounts as decimal strings in the printed precision. */
export function amountsToStrings(values) {
    const out = {};
    for (const [key, amount] of Object.entries(values))
        out[key] = formatAmount(amount);
    return out;
}
function rowJson(row) {
    return {
        code: row.code,
        code_source: row.codeSource,
        name: row.name,
        label: row.label,
        level: row.level,
        is_total: row.isTotal,
        ...(row.side ? { side: row.side } : {}),
        values: amountsToStrings(row.values),
        ...(Object.keys(row.texts).length > 0 ? { texts: row.texts } : {}),
        source: row.source,
    };
}
function tableJson(table, options) {
    const { emptyStatement, notes, columns, rows, ...head } = tableData(table);
    return {
        ...head,
        ...(emptyStatement ? { empty_statement: emptyStatement } : {}),
        columns: table.columns.map((c, i) => ({
            ...columns[i],
            ...(options.explain && c.because ? { because: c.because } : {}),
        })),
        rows: rows.map(rowJson),
        ...(notes.length > 0 ? { notes } : {}),
        ...(options.explain && table.recognition ? { recognition: table.recognition } : {}),
    };
}
export function documentJson(doc, options = {}) {
    return {
        document: {
            title: doc.title,
            department: doc.department,
            year: doc.year,
            phase: doc.phase,
            scope: doc.scope,
            unit: doc.unit,
            units: doc.units,
            source: doc.source,
            // A disclosure read from several files lists them; what the document names as published apart.
            ...(doc.parts ? { parts: doc.parts } : {}),
            ...(doc.attachments ? { attachments: doc.attachments } : {}),
        },
        tables: doc.tables.map((t) => tableJson(t, options)),
        narrative: doc.narrative,
        overview: doc.overview,
        toc: doc.toc,
        findings: doc.findings,
    };
}
//# sourceMappingURL=serialize.js.map