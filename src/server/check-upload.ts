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
import type { BudgetDocument, DocumentPart, DocumentSource } from '../model/types.js';
import { readUntrusted } from '../reader.js';
import { profileFor } from '../rules/profiles.js';
import type { Locale } from '../rules/types.js';
import { sniff } from '../source/load.js';
import type { ReaderPool } from '../source/pool.js';
import { ApiError, readError, tooLarge, unsupportedFormat } from './errors.js';
import type { ServerOptions } from './options.js';
import type { KeptFile, KeptResult, ResultCache } from './results.js';
import { storeUpload, type UploadedFile } from './store-upload.js';

export interface UploadContext {
  options: ServerOptions;
  pool: ReaderPool;
  results: ResultCache;
}

/** An upload's name as a plain file name: no folders, no control characters, not too long. */
export function uploadName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200);
  return clean === '' ? 'upload' : clean;
}

/** A file read: its bytes and the document it holds (one part of a disclosure, perhaps). */
export interface ReadUpload {
  files: Array<UploadedFile & { pdf: boolean }>;
  doc: BudgetDocument;
}

function reportJson(doc: BudgetDocument, locale: Locale, profile: string) {
  const { findings, summary, claims } = checkDocument(doc, { locale, profile });
  const { document, tables, narrative, overview, toc } = documentJson(doc);
  return { document, findings, summary, tables, narrative, overview, toc, claims: claims ?? [] };
}

/** Reads one upload; an ApiError (413, 415, 422) when it is too large, of no known format or unreadable. */
export async function readUpload(file: File, context: UploadContext): Promise<ReadUpload> {
  const name = uploadName(file.name);
  const { maxUploadBytes, limits } = context.options;
  if (file.size > maxUploadBytes) throw tooLarge(maxUploadBytes, name);
  if (file.size === 0) throw new ApiError(422, 'unreadable', '文件为空', 'file is empty', name);
  const bytes = Buffer.from(await file.arrayBuffer());
  const format = sniff(bytes);
  if (format === 'unknown-binary') throw unsupportedFormat(name);
  let doc: BudgetDocument;
  try {
    doc = (await readUntrusted(name, bytes, { pool: context.pool, limits: { ...limits, maxBytes: maxUploadBytes } })).doc;
  } catch (error) {
    throw readError(error, name);
  }
  return { files: [{ name, sha256: doc.source.sha256, bytes, pdf: format === 'pdf' }], doc };
}

/** Reads several uploads side by side; a file that fails keeps its place as its error. */
export function readUploads(files: File[], context: UploadContext): Promise<Array<ReadUpload | ApiError>> {
  return Promise.all(
    files.map((file) =>
      readUpload(file, context).catch((error: unknown) => (error instanceof ApiError ? error : readError(error, file.name))),
    ),
  );
}

/** The parts of one disclosure among the files read joined into one document, where the first stood. */
export function joinParts(read: Array<ReadUpload | ApiError>): Array<ReadUpload | ApiError> {
  return groupParts(
    read,
    (r) => (r instanceof ApiError ? null : r.doc),
    (first, second, doc) => ({ files: [...(first as ReadUpload).files, ...(second as ReadUpload).files], doc }),
  );
}

/**
 * The files of the document in its parts' order (its one file, or 北京's 情况说明 and 报表 as given),
 * each named as its origins name it, with its bytes when it is a PDF.
 */
export function keptFiles(read: ReadUpload): KeptFile[] {
  const parts: Array<DocumentSource & { holds?: DocumentPart['holds'] }> = read.doc.parts ?? [read.doc.source];
  return parts.map((part) => {
    const upload = read.files.find((f) => f.sha256 === part.sha256);
    return {
      file: part.file,
      format: part.format,
      holds: part.holds ?? null,
      pdf: upload?.pdf ? new Uint8Array(upload.bytes) : null,
    };
  });
}

/** Checks the document read, stores it (when the server has a store) and keeps its report. */
export async function settleUpload(read: ReadUpload, context: UploadContext): Promise<KeptResult> {
  const profile = profileFor(read.doc).id;
  const zh = reportJson(read.doc, 'zh', profile);
  const en = reportJson(read.doc, 'en', profile);
  const { store, uploadsDir } = context.options;
  const stored = store ? await storeUpload(store, uploadsDir, read.files, read.doc, zh.findings, profile) : null;
  return context.results.add(
    { zh, en },
    keptFiles(read),
    stored && { id: stored.id, version: stored.version, new: stored.stored },
  );
}

/** What the upload answers for a kept result: `check --format json`, the id and where it is stored. */
export function checkAnswer(kept: KeptResult, locale: Locale) {
  const json = kept.json[locale] as ReturnType<typeof reportJson>;
  return { id: kept.id, stored: kept.stored, document: json.document, findings: json.findings, summary: json.summary };
}

/** The PDF `pdf` answers (GET /api/documents/{id}/pdf): the tables' file when the document is of several, else its own. */
export function shownPdf(kept: KeptResult): KeptFile | null {
  const pdfs = kept.files.filter((f) => f.pdf !== null);
  return pdfs.find((f) => f.holds === 'tables') ?? pdfs[0] ?? null;
}

/** The report page's data: the check result and the document as read, its files and where their PDFs are. */
export function reportAnswer(kept: KeptResult, locale: Locale) {
  const json = kept.json[locale] as ReturnType<typeof reportJson>;
  const shown = shownPdf(kept);
  return {
    id: kept.id,
    stored: kept.stored,
    pdf: shown ? `/api/documents/${kept.id}/pdf` : null,
    pdfFile: shown?.file ?? null,
    files: kept.files.map(({ file, format, holds, pdf }, part) => ({
      part,
      file,
      format,
      holds,
      pdf: pdf ? `/api/documents/${kept.id}/files/${part}` : null,
    })),
    ...json,
  };
}
