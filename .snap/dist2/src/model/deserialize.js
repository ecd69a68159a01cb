/**
 * The JSON form of the model (serialize.ts, `extract --format json`) read back into the model:
 * amounts from their decimal strings, exact. The writer takes a document in this form as input.
 */
import { parseAmount } from './amount.js';
import { TABLE_KINDS } from './types.js';
export class ModelJsonError extends Error {
}
const obj = (v, what) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new ModelJsonError(`${what}: expected an object`);
    return v;
};
const arr = (v, what) => {
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        throw new ModelJsonError(`${what}: expected an array`);
    return v;
};
function amounts(v, what) {
    const out = {};
    for (const [key, text] of Object.entries(obj(v ?? {}, what))) {
        const amount = parseAmount(String(text));
        if (!amount)
            throw new ModelJsonError(`${what}.${key}: not an amount (${String(text)})`);
        out[key] = amount;
    }
    return out;
}
function rowOf(v, what) {
    const r = obj(v, what);
    return {
        label: String(r.label ?? r.name ?? ''),
        name: String(r.name ?? ''),
        code: r.code === null || r.code === undefined ? null : String(r.code),
        codeSource: (r.code_source ?? null),
        level: typeof r.level === 'number' ? r.level : null,
        isTotal: Boolean(r.is_total),
        ...(r.side === 'income' || r.side === 'expenditure' ? { side: r.side } : {}),
        values: amounts(r.values, `${what}.values`),
        texts: (r.texts ?? {}),
        source: (r.source ?? { file: '' }),
    };
}
function tableOf(v, what) {
    const t = obj(v, what);
    const kind = String(t.kind);
    if (!TABLE_KINDS.includes(kind))
        throw new ModelJsonError(`${what}.kind: unknown table kind ${kind}`);
    return {
        kind,
        title: String(t.title ?? ''),
        unit: t.unit === '元' ? '元' : '万元',
        source: (t.source ?? { file: '' }),
        columns: arr(t.columns, `${what}.columns`).map((c) => {
            const col = obj(c, `${what}.columns[]`);
            return {
                key: String(col.key),
                label: String(col.label ?? ''),
                path: arr(col.path, 'path').map(String),
                type: col.type === 'text' ? 'text' : 'amount',
                ...(col.side === 'income' || col.side === 'expenditure' ? { side: col.side } : {}),
            };
        }),
        rows: arr(t.rows, `${what}.rows`).map((r, i) => rowOf(r, `${what}.rows[${i}]`)),
        empty: Boolean(t.empty),
        ...(t.empty_statement ? { emptyStatement: t.empty_statement } : {}),
        notes: arr(t.notes, 'notes'),
    };
}
/** `extract --format json` output (one document, or an array of one) → the model. Throws ModelJsonError naming the bad field. */
export function documentFromJson(value) {
    // `extract` prints an array when given several files: one document in it is as good as bare.
    const root = obj(Array.isArray(value) && value.length === 1 ? value[0] : value, 'document');
    if (!Array.isArray(root.tables))
        throw new ModelJsonError('tables: expected an array');
    const d = obj(root.document, 'document');
    const phase = d.phase === 'final_account' ? 'final_account' : 'budget';
    return {
        title: String(d.title ?? ''),
        department: d.department === null || d.department === undefined ? null : String(d.department),
        year: typeof d.year === 'number' ? d.year : null,
        phase,
        scope: d.scope === 'unit' ? 'unit' : 'department',
        unit: d.unit === '元' ? '元' : '万元',
        units: arr(d.units, 'units').map(String),
        source: (d.source ?? { file: '', format: 'text', sha256: '' }),
        tables: arr(root.tables, 'tables').map((t, i) => tableOf(t, `tables[${i}]`)),
        narrative: arr(root.narrative, 'narrative'),
        overview: arr(root.overview, 'overview'),
        toc: arr(root.toc, 'toc'),
        findings: arr(root.findings, 'findings'),
    };
}
//# sourceMappingURL=deserialize.js.map