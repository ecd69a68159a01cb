/**
 * A stored document as the report page shows it: the findings, tables and narrative the store keeps,
 * in the shape of an upload's report; the claims the rules compare, computed again from the stored
 * tables and narrative (the store keeps findings, not the comparisons that found nothing); and the
 * original file when the store's path to it is still readable and it is a PDF.
 */
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkDocument } from '../check.js';
import { documentJson } from '../model/serialize.js';
import type { BudgetDocument, SourceFormat } from '../model/types.js';
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

export async function storedReport(store: Store, id: number) {
  const content = await readStoredDocument(store, id);
  if (!content) throw noStoredDocument(id);
  const [row] = await store.query('SELECT format FROM documents WHERE id = $1', [id]);
  const doc = asDocument(content, String(row?.format ?? 'text') as SourceFormat);
  const { document, tables, narrative, overview } = documentJson(doc);
  const d = content.document;
  const pdf = (await storedPdfPath(d.sourceFile)) ? `/api/corpus/documents/${id}/file` : null;
  return {
    id: String(id),
    pdf,
    document,
    stored: { id, region: d.region, level: d.level, version: d.version, profile: d.profile, sha256: d.sha256 },
    findings: content.findings,
    summary: { errors: d.errors, warnings: d.warnings, infos: d.infos },
    tables,
    narrative,
    overview,
    toc: [],
    claims: checkDocument(doc, { profile: d.profile }).claims ?? [],
  };
}
