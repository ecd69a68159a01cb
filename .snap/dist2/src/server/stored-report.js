/**
 * A stored document as the report page shows it: the findings, tables and narrative the store keeps,
 * in the shape of an upload's report; the claims the rules compare, computed again from the stored
 * tables and narrative (the store keeps findings, not the comparisons that found nothing); the
 * findings' messages in the viewer's language, rendered again by the rules from the same check; and
 * the original file when the store's path to it is still readable and it is a PDF.
 */
import { open } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { checkDocument } from '../check.js';
import { documentJson } from '../model/serialize.js';
import { readStoredDocument } from '../store/read-back.js';
import { ApiError } from './errors.js';
export const noStoredDocument = (id) => new ApiError(404, 'not_found', `库中没有编号为 ${id} 的文件`, `no stored document with id ${id}`);
function asDocument(content, format) {
    const d = content.document;
    return {
        title: d.title,
        department: d.department,
        year: d.year,
        phase: d.phase,
        scope: 'department',
        unit: '万元',
        units: [],
        source: { file: d.sourceFile, format, sha256: d.sha256 },
        tables: content.tables,
        narrative: content.narrative,
        overview: content.overview,
        toc: [],
        findings: [],
    };
}
/** The stored file's path when it is readable and begins as a PDF does; null otherwise. */
export async function storedPdfPath(sourceFile) {
    const path = resolve(sourceFile);
    try {
        const handle = await open(path, 'r');
        try {
            const head = Buffer.alloc(5);
            await handle.read(head, 0, 5, 0);
            return head.toString('latin1') === '%PDF-' ? path : null;
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return null;
    }
}
/** A value as JSON with its keys in order, so that the same finding read back or made again is the same text. */
const ordered = (value) => Array.isArray(value)
    ? `[${value.map(ordered).join(',')}]`
    : value !== null && typeof value === 'object'
        ? `{${Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, v]) => `${JSON.stringify(k)}:${ordered(v)}`)
            .join(',')}}`
        : JSON.stringify(value);
/** What a finding says apart from its message: the same finding checked again says the same. */
const findingKey = ({ message: _, ...rest }) => ordered(rest);
/**
 * The stored findings with their messages in `locale`: each as the rules word it when the stored
 * document is checked again (same rule, place and figures); a finding the check does not make
 * again (the reader's own, worded in both languages) keeps its stored message.
 */
export function localized(stored, again, locale) {
    const messages = new Map();
    for (const f of again)
        messages.set(findingKey(f), [...(messages.get(findingKey(f)) ?? []), f.message]);
    return stored.map((f) => {
        const message = messages.get(findingKey(f))?.shift();
        return message === undefined || locale === 'zh' ? f : { ...f, message };
    });
}
/** The file of a stored document the page shows: its tables' file when it is of several. */
async function shownFile(store, id, sourceFile) {
    const rows = await store.query("SELECT file FROM document_files WHERE document_id = $1 AND holds = 'tables'", [id]);
    return rows[0]?.file ? String(rows[0].file) : sourceFile;
}
/** The document the corpus browser's /file route answers with, or null when no PDF reads there. */
export async function storedPdfOf(store, id, sourceFile) {
    return storedPdfPath(await shownFile(store, id, sourceFile));
}
export async function storedReport(store, id, locale = 'zh') {
    const content = await readStoredDocument(store, id);
    if (!content)
        throw noStoredDocument(id);
    const [row] = await store.query('SELECT format FROM documents WHERE id = $1', [id]);
    const doc = asDocument(content, String(row?.format ?? 'text'));
    const { document, tables, narrative, overview } = documentJson(doc);
    const d = content.document;
    const pdfPath = await storedPdfOf(store, id, d.sourceFile);
    const again = checkDocument(doc, { profile: d.profile, locale });
    return {
        id: String(id),
        pdf: pdfPath ? `/api/corpus/documents/${id}/file` : null,
        // The name origins give it, not the server's path to it.
        pdfFile: pdfPath ? basename(pdfPath) : null,
        document,
        stored: { id, region: d.region, level: d.level, version: d.version, profile: d.profile, sha256: d.sha256 },
        findings: localized(content.findings, again.findings, locale),
        summary: { errors: d.errors, warnings: d.warnings, infos: d.infos },
        tables,
        narrative,
        overview,
        toc: [],
        claims: again.claims ?? [],
    };
}
//# sourceMappingURL=stored-report.js.map