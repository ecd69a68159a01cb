/**
 * One uploaded file → its check result, kept for the report page: read in a reader thread with the
 * hostile-file limits, checked with every rule (messages in both languages), nothing kept when it
 * fails.
 */
import { checkDocument } from '../check.js';
import { documentJson } from '../model/serialize.js';
import type { BudgetDocument } from '../model/types.js';
import { readUntrusted } from '../reader.js';
import type { Locale } from '../rules/types.js';
import { sniff } from '../source/load.js';
import type { ReaderPool } from '../source/pool.js';
import { ApiError, readError, tooLarge, unsupportedFormat } from './errors.js';
import type { ServerOptions } from './options.js';
import type { KeptResult, ResultCache } from './results.js';

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

function reportJson(doc: BudgetDocument, locale: Locale) {
  const { findings, summary, claims } = checkDocument(doc, { locale });
  const { document, tables, narrative, overview, toc } = documentJson(doc);
  return { document, findings, summary, tables, narrative, overview, toc, claims: claims ?? [] };
}

export async function checkUpload(file: File, context: UploadContext): Promise<KeptResult> {
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
  const pdf = format === 'pdf' ? new Uint8Array(bytes) : null;
  return context.results.add({ zh: reportJson(doc, 'zh'), en: reportJson(doc, 'en') }, pdf);
}

/** What the upload answers for a kept result: `check --format json` and the id. */
export function checkAnswer(kept: KeptResult, locale: Locale) {
  const json = kept.json[locale] as ReturnType<typeof reportJson>;
  return { id: kept.id, document: json.document, findings: json.findings, summary: json.summary };
}

/** The report page's data: the check result and the document as read, and where its PDF is. */
export function reportAnswer(kept: KeptResult, locale: Locale) {
  const json = kept.json[locale] as ReturnType<typeof reportJson>;
  return { id: kept.id, pdf: kept.pdf ? `/api/documents/${kept.id}/pdf` : null, ...json };
}
