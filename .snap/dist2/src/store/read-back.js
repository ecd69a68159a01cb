const text = (v) => (v === null || v === undefined ? undefined : String(v));
/** An origin with only the fields the store has for it, as the model writes it. */
export function originOf(row) {
    const origin = { file: String(row.file ?? '') };
    if (row.page !== null && row.page !== undefined)
        origin.page = Number(row.page);
    if (row.sheet !== null && row.sheet !== undefined)
        origin.sheet = String(row.sheet);
    if (row.cell !== null && row.cell !== undefined)
        origin.cell = String(row.cell);
    if (row.box !== null && row.box !== undefined)
        origin.box = JSON.parse(String(row.box));
    if (row.line !== null && row.line !== undefined)
        origin.line = Number(row.line);
    return origin;
}
/** DECIMAL(20,6) text ("16239.540000", "-0.5") → the amount with the decimals printed. */
export function amountOf(decimal, scale, raw) {
    const negative = decimal.startsWith('-');
    const [whole = '0', fraction = ''] = decimal.replace(/^-/, '').split('.');
    const at6 = BigInt(whole + fraction.padEnd(6, '0').slice(0, 6));
    const scaled = at6 / 10n ** BigInt(6 - scale);
    return { raw, scaled: negative ? -scaled : scaled, scale };
}
async function tablesOf(store, id) {
    const tables = await store.query('SELECT * FROM doc_tables WHERE document_id = $1 ORDER BY table_no', [id]);
    const columns = await store.query('SELECT * FROM doc_columns WHERE document_id = $1 ORDER BY table_no, column_no', [id]);
    const rows = await store.query('SELECT * FROM doc_rows WHERE document_id = $1 ORDER BY table_no, row_no', [id]);
    const cells = await store.query('SELECT * FROM cells WHERE document_id = $1', [id]);
    const out = tables.map((t) => ({
        kind: String(t.kind),
        title: String(t.title),
        unit: String(t.unit),
        source: originOf(t),
        columns: [],
        rows: [],
        empty: Boolean(t.empty),
        ...(t.empty_statement ? { emptyStatement: JSON.parse(String(t.empty_statement)) } : {}),
        notes: t.notes ? JSON.parse(String(t.notes)) : [],
    }));
    for (const c of columns) {
        const column = {
            key: String(c.key),
            label: String(c.label),
            path: JSON.parse(String(c.path)),
            type: c.type,
        };
        if (c.side)
            column.side = c.side;
        out[Number(c.table_no)]?.columns.push(column);
    }
    for (const r of rows) {
        const row = {
            label: String(r.label),
            name: String(r.name),
            code: text(r.code) ?? null,
            codeSource: (text(r.code_source) ?? null),
            level: r.level === null ? null : Number(r.level),
            isTotal: Boolean(r.is_total),
            values: {},
            texts: {},
            source: originOf(r),
        };
        if (r.side)
            row.side = r.side;
        if (r.ocr !== null)
            row.source.ocr = Boolean(r.ocr);
        out[Number(r.table_no)]?.rows.push(row);
    }
    for (const c of cells) {
        const row = out[Number(c.table_no)]?.rows[Number(c.row_no)];
        if (!row)
            continue;
        const key = String(c.column_key);
        if (c.amount !== null)
            row.values[key] = amountOf(String(c.amount), Number(c.scale), String(c.raw));
        else
            row.texts[key] = String(c.text);
    }
    return out;
}
function sectionOf(s) {
    const section = {
        number: String(s.number),
        heading: String(s.heading),
        text: String(s.text),
        source: originOf(s),
    };
    if (s.parent !== null)
        section.parent = String(s.parent);
    return section;
}
function findingOf(f) {
    const finding = { rule: String(f.rule), severity: f.severity, message: String(f.message) };
    const optional = [
        ['table', f.table_kind],
        ['row', f.row_name],
        ['column', f.column_key],
        ['expected', f.expected],
        ['actual', f.actual],
        ['difference', f.difference],
    ];
    for (const [key, value] of optional)
        if (value !== null)
            finding[key] = String(value);
    if (f.file !== null)
        finding.source = originOf(f);
    if (f.cell_origin !== null)
        finding.cell = JSON.parse(String(f.cell_origin));
    return finding;
}
/** The stored document with this id, or null. */
export async function readStoredDocument(store, id) {
    const [document] = await store.listDocuments({ id });
    if (!document)
        return null;
    const sections = await store.query('SELECT * FROM sections WHERE document_id = $1 ORDER BY section_no', [id]);
    const findings = await store.query('SELECT * FROM findings WHERE document_id = $1 ORDER BY finding_no', [id]);
    return {
        document,
        tables: await tablesOf(store, id),
        narrative: sections.filter((s) => s.part === 'narrative').map(sectionOf),
        overview: sections.filter((s) => s.part === 'overview').map(sectionOf),
        findings: findings.map(findingOf),
    };
}
//# sourceMappingURL=read-back.js.map