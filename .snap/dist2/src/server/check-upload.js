/**
 * Uploaded files → their check results, kept for the report page and put in the store: each file
 * read in a reader thread with the hostile-file limits; the files of one disclosure given together
 * (a 情况说明 and its 报表) joined as `check` joins them; each document checked with every rule
 * (messages in both languages) and stored once per sha256. Nothing is kept or stored for a file
 * that fails.
 */
import { checkDocument } from '../check.js';
import { groupParts } from '../model/document-set.js';
import { documentJson } from '../model/serialize.js';
import { readUntrusted } from '../reader.js';
import { profileFor } from '../rules/profiles.js';
import { sniff } from '../source/load.js';
import { ApiError, readError, tooLarge, unsupportedFormat } from './errors.js';
import { storeUpload } from './store-upload.js';
/** An upload's name as a plain file name: no folders, no control characters, not too long. */
export function uploadName(name) {
    const base = name.split(/[\\/]/).pop() ?? '';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200);
    return clean === '' ? 'upload' : clean;
}
function reportJson(doc, locale, profile) {
    const { findings, summary, claims } = checkDocument(doc, { locale, profile });
    const { document, tables, narrative, overview, toc } = documentJson(doc);
    return { document, findings, summary, tables, narrative, overview, toc, claims: claims ?? [] };
}
/** Reads one upload; an ApiError (413, 415, 422) when it is too large, of no known format or unreadable. */
export async function readUpload(file, context) {
    const name = uploadName(file.name);
    const { maxUploadBytes, limits } = context.options;
    if (file.size > maxUploadBytes)
        throw tooLarge(maxUploadBytes, name);
    if (file.size === 0)
        throw new ApiError(422, 'unreadable', '文件为空', 'file is empty', name);
    const bytes = Buffer.from(await file.arrayBuffer());
    const format = sniff(bytes);
    if (format === 'unknown-binary')
        throw unsupportedFormat(name);
    let doc;
    try {
        doc = (await readUntrusted(name, bytes, { pool: context.pool, limits: { ...limits, maxBytes: maxUploadBytes } })).doc;
    }
    catch (error) {
        throw readError(error, name);
    }
    return { files: [{ name, sha256: doc.source.sha256, bytes, pdf: format === 'pdf' }], doc };
}
/** Reads several uploads side by side; a file that fails keeps its place as its error. */
export function readUploads(files, context) {
    return Promise.all(files.map((file) => readUpload(file, context).catch((error) => (error instanceof ApiError ? error : readError(error, file.name)))));
}
/** The parts of one disclosure among the files read joined into one document, where the first stood. */
export function joinParts(read) {
    return groupParts(read, (r) => (r instanceof ApiError ? null : r.doc), (first, second, doc) => ({ files: [...first.files, ...second.files], doc }));
}
/** The PDF the report page shows: the tables' file when the document is of several, else its own. */
function shownPdf(read) {
    const pdfs = read.files.filter((f) => f.pdf);
    const tables = read.doc.parts?.find((p) => p.holds === 'tables');
    return pdfs.find((f) => f.sha256 === tables?.sha256) ?? pdfs[0] ?? null;
}
/** Checks the document read, stores it (when the server has a store) and keeps its report. */
export async function settleUpload(read, context) {
    const profile = profileFor(read.doc).id;
    const zh = reportJson(read.doc, 'zh', profile);
    const en = reportJson(read.doc, 'en', profile);
    const { store, uploadsDir } = context.options;
    const stored = store ? await storeUpload(store, uploadsDir, read.files, read.doc, zh.findings, profile) : null;
    const pdf = shownPdf(read);
    return context.results.add({ zh, en }, pdf ? { name: pdf.name, bytes: new Uint8Array(pdf.bytes) } : null, stored && { id: stored.id, version: stored.version, new: stored.stored });
}
/** What the upload answers for a kept result: `check --format json`, the id and where it is stored. */
export function checkAnswer(kept, locale) {
    const json = kept.json[locale];
    return { id: kept.id, stored: kept.stored, document: json.document, findings: json.findings, summary: json.summary };
}
/** The report page's data: the check result and the document as read, and where its PDF is. */
export function reportAnswer(kept, locale) {
    const json = kept.json[locale];
    return {
        id: kept.id,
        stored: kept.stored,
        pdf: kept.pdf ? `/api/documents/${kept.id}/pdf` : null,
        pdfFile: kept.pdf?.name ?? null,
        ...json,
    };
}
//# sourceMappingURL=check-upload.js.map