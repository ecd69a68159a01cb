/**
 * A document as the rows of the store's tables, in schema.ts's column order: what both engines
 * write (DuckDB through its Appender, PostgreSQL through COPY). Amounts become DECIMAL(20,6) as
 * scaled bigints at 6 decimals, with the decimals printed kept beside them, so reading back gives
 * the amount exactly as printed.
 */
import { atScale } from '../model/amount.js';
import { regionOf } from '../model/region.js';
import { readClaims } from '../narrative/claims.js';
import { StoreError } from './errors.js';
/** DECIMAL(20,6): 14 digits before the point. */
const DECIMALS = 6;
const LIMIT = 10n ** 20n;
/** An amount at the store's 6 decimals, refused (never rounded) when it does not fit. */
export function decimalOf(amount) {
    if (amount.scale > DECIMALS)
        throw new StoreError(`金额 ${amount.raw} 的小数位超过 ${DECIMALS} 位，无法精确保存`, `amount ${amount.raw} has more than ${DECIMALS} decimals and cannot be stored exactly`);
    const scaled = atScale(amount, DECIMALS);
    if (scaled >= LIMIT || scaled <= -LIMIT)
        throw new StoreError(`金额 ${amount.raw} 超出可保存范围`, `amount ${amount.raw} is too large to store`);
    return scaled;
}
const json = (value) => (value === undefined ? null : JSON.stringify(value));
function origin(o) {
    return [o?.file ?? null, o?.page ?? null, o?.sheet ?? null, o?.cell ?? null, o?.line ?? null, json(o?.box)];
}
function countSeverities(findings) {
    const count = (s) => findings.filter((f) => f.severity === s).length;
    return [count('error'), count('warning'), count('info')];
}
function documentRecords(doc, findings, meta, out) {
    const region = regionOf(doc.department, doc.title);
    out.get('documents')?.push([
        meta.id,
        doc.source.sha256,
        doc.title,
        doc.department,
        region?.name ?? null,
        region?.level ?? null,
        doc.year,
        doc.phase,
        doc.scope,
        doc.unit,
        json(doc.units),
        meta.profile,
        doc.source.file,
        doc.source.format,
        meta.version,
        meta.runId,
        meta.ingestedAt,
        ...countSeverities(findings),
        json(doc.attachments),
        // Stored as the newest; put.ts clears the flag of the versions before it.
        true,
    ]);
    const parts = doc.parts ?? [{ ...doc.source, holds: null }];
    parts.forEach((p, i) => {
        out.get('document_files')?.push([meta.id, i, p.sha256, p.file, p.format, p.holds]);
    });
}
function tableRecords(doc, id, out) {
    doc.tables.forEach((table, t) => {
        out
            .get('doc_tables')
            ?.push([
            id,
            t,
            table.kind,
            table.title,
            table.unit,
            table.empty,
            json(table.emptyStatement),
            json(table.notes),
            ...origin(table.source),
        ]);
        table.columns.forEach((c, i) => {
            out.get('doc_columns')?.push([id, t, i, c.key, c.label, json(c.path), c.type, c.side ?? null]);
        });
        const cells = out.get('cells');
        table.rows.forEach((row, r) => {
            out
                .get('doc_rows')
                ?.push([
                id,
                t,
                r,
                row.code,
                row.codeSource,
                row.name,
                row.label,
                row.level,
                row.isTotal,
                row.side ?? null,
                ...origin(row.source),
                row.source.ocr ?? null,
            ]);
            for (const [key, amount] of Object.entries(row.values))
                cells?.push([id, t, r, key, decimalOf(amount), amount.scale, amount.raw, null]);
            for (const [key, text] of Object.entries(row.texts))
                cells?.push([id, t, r, key, null, null, null, text]);
        });
    });
}
function narrativeRecords(doc, id, out) {
    const sections = [...doc.narrative.map((s) => ['narrative', s]), ...doc.overview.map((s) => ['overview', s])];
    sections.forEach(([part, s], i) => {
        out.get('sections')?.push([id, i, part, s.number, s.heading, s.text, s.parent ?? null, ...origin(s.source)]);
    });
    const sectionNo = (section) => {
        const at = doc.narrative.indexOf(section);
        return at < 0 ? null : at;
    };
    const claims = readClaims(doc.narrative);
    const rows = out.get('claims');
    let n = 0;
    for (const c of claims.amounts)
        rows?.push([
            id,
            n++,
            sectionNo(c.section),
            'amount',
            c.label,
            decimalOf(c.amount),
            c.amount.scale,
            null,
            null,
            null,
            null,
            null,
            c.sentence,
        ]);
    for (const c of claims.shares)
        rows?.push([
            id,
            n++,
            sectionNo(c.section),
            c.completion ? 'completion' : 'share',
            c.label,
            decimalOf(c.amount),
            c.amount.scale,
            c.share,
            null,
            null,
            null,
            null,
            c.sentence,
        ]);
    for (const c of claims.changes) {
        const prior = c.prior ? [decimalOf(c.prior), c.prior.scale] : [null, null];
        const label = c.label || c.subject?.label || '';
        rows?.push([
            id,
            n++,
            sectionNo(c.section),
            'change',
            label,
            decimalOf(c.change),
            c.change.scale,
            null,
            c.direction,
            ...prior,
            c.percent,
            c.sentence,
        ]);
    }
}
function findingRecords(findings, id, out) {
    findings.forEach((f, i) => {
        out
            .get('findings')
            ?.push([
            id,
            i,
            f.rule,
            f.severity,
            f.message,
            f.table ?? null,
            f.row ?? null,
            f.column ?? null,
            f.expected ?? null,
            f.actual ?? null,
            f.difference ?? null,
            ...origin(f.source),
            json(f.cell),
        ]);
    });
}
/** The tables a document is written to, in the order they are written. */
export const DOCUMENT_TABLES = [
    'documents',
    'document_files',
    'doc_tables',
    'doc_columns',
    'doc_rows',
    'cells',
    'sections',
    'claims',
    'findings',
];
/** Every row the document adds to the store; throws StoreError for an amount it cannot keep exactly. */
export function documentToRecords(doc, findings, meta) {
    const out = new Map(DOCUMENT_TABLES.map((name) => [name, []]));
    documentRecords(doc, findings, meta, out);
    tableRecords(doc, meta.id, out);
    narrativeRecords(doc, meta.id, out);
    findingRecords(findings, meta.id, out);
    return out;
}
//# sourceMappingURL=records.js.map