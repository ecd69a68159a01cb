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
import type { BudgetDocument, Finding, SourceFormat } from '../model/types.js';
import type { Locale } from '../rules/types.js';
import { readStoredDocument, type StoredContent } from '../store/read-back.js';
import type { Store } from '../store/store.js';
import { ApiError } from './errors.js';

export const noStoredDocument = (id: number) =>
  new ApiError(404, 'not_found', `库中没有编号为 ${id} 的文件`, `no stored document with id ${id}`);

function asDocument(content: StoredContent, format: SourceFormat): BudgetDocument {
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
export async function storedPdfPath(sourceFile: string): Promise<string | null> {
  const path = resolve(sourceFile);
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(5);
      await handle.read(head, 0, 5, 0);
      return head.toString('latin1') === '%PDF-' ? path : null;
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/** A value as JSON with its keys in order, so that the same finding read back or made again is the same text. */
const ordered = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(ordered).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, v]) => `${JSON.stringify(k)}:${ordered(v)}`)
          .join(',')}}`
      : JSON.stringify(value);

/** What a finding says apart from its message: the same finding checked again says the same. */
const findingKey = ({ message: _, ...rest }: Finding) => ordered(rest);

/**
 * The stored findings with their messages in `locale`: each as the rules word it when the stored
 * document is checked again (same rule, place and figures); a finding the check does not make
 * again (the reader's own, worded in both languages) keeps its stored message.
 */
export function localized(stored: Finding[], again: Finding[], locale: Locale): Finding[] {
  const messages = new Map<string, string[]>();
  for (const f of again) messages.set(findingKey(f), [...(messages.get(findingKey(f)) ?? []), f.message]);
  return stored.map((f) => {
    const message = messages.get(findingKey(f))?.shift();
    return message === undefined || locale === 'zh' ? f : { ...f, message };
  });
}

/** A file of a stored document: its number, its path as the store keeps it, its format and what it holds. */
export interface StoredFile {
  part: number;
  file: string;
  format: SourceFormat;
  holds: 'narrative' | 'tables' | null;
}

/** The files of a stored document in their parts' order (one, or 北京's 情况说明 and 报表). */
export async function storedFiles(store: Store, id: number): Promise<StoredFile[]> {
  const rows = await store.query(
    'SELECT part_no, file, format, holds FROM document_files WHERE document_id = $1 ORDER BY part_no',
    [id],
  );
  return rows.map((r) => ({
    part: Number(r.part_no),
    file: String(r.file),
    format: String(r.format) as SourceFormat,
    holds: r.holds === 'narrative' || r.holds === 'tables' ? r.holds : null,
  }));
}

/** The file the corpus browser's /file route answers with: the tables' file of several, else the document's own. */
const shownFile = (files: StoredFile[], sourceFile: string): string =>
  files.find((f) => f.holds === 'tables')?.file ?? sourceFile;

/** The document the corpus browser's /file route answers with, or null when no PDF reads there. */
export async function storedPdfOf(store: Store, id: number, sourceFile: string): Promise<string | null> {
  return storedPdfPath(shownFile(await storedFiles(store, id), sourceFile));
}

/** Every file the stored document's origins name (a file kept for an upload is named by its uploaded name). */
function originFiles(content: StoredContent): Set<string> {
  const names = new Set<string>();
  for (const table of content.tables) {
    names.add(table.source.file);
    for (const row of table.rows) names.add(row.source.file);
  }
  for (const section of [...content.narrative, ...content.overview]) names.add(section.source.file);
  for (const finding of content.findings) for (const o of [finding.source, finding.cell]) if (o) names.add(o.file);
  return names;
}

/**
 * A stored file as its origins name it: its path (an ingested file), or the name it was uploaded
 * under (the store names the copy kept of an upload, `<sha256>/<name>`); its base name when no
 * origin names it (a file nothing was read from).
 */
export function originName(path: string, names: Set<string>): string {
  if (names.has(path)) return path;
  const base = basename(path);
  return [...names].find((n) => basename(n) === base) ?? base;
}

export async function storedReport(store: Store, id: number, locale: Locale = 'zh') {
  const content = await readStoredDocument(store, id);
  if (!content) throw noStoredDocument(id);
  const [row] = await store.query('SELECT format FROM documents WHERE id = $1', [id]);
  const doc = asDocument(content, String(row?.format ?? 'text') as SourceFormat);
  const { document, tables, narrative, overview } = documentJson(doc);
  const d = content.document;
  const files = await storedFiles(store, id);
  const pdfPath = await storedPdfPath(shownFile(files, d.sourceFile));
  const readable = await Promise.all(files.map((f) => storedPdfPath(f.file)));
  const named = originFiles(content);
  const again = checkDocument(doc, { profile: d.profile, locale });
  return {
    id: String(id),
    pdf: pdfPath ? `/api/corpus/documents/${id}/file` : null,
    // The name origins give it, not the server's path to it.
    pdfFile: pdfPath ? basename(pdfPath) : null,
    files: files.map((f, i) => ({
      ...f,
      file: originName(f.file, named),
      pdf: readable[i] ? `/api/corpus/documents/${id}/files/${f.part}` : null,
    })),
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
