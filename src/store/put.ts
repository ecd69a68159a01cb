/**
 * Putting a document, written once for both engines: inside the caller's transaction, a document
 * whose files are stored already is left as it is (idempotent by sha256); otherwise it gets the
 * next id and the next version of its department-year-phase (a corrected file is version 2), and
 * all its rows are appended. With `supersedeParts`, documents made of some of its files only (a
 * 情况说明 or a 报表 stored alone before both were given) are replaced by it: it becomes the next
 * version and they are deleted, since a file belongs to one document.
 */
import type { BudgetDocument, Finding } from '../model/types.js';
import { deleteInSession } from './delete.js';
import type { Session } from './engine.js';
import { documentToRecords } from './records.js';
import type { PutOptions, PutResult } from './store.js';

/** The files of a document: its parts, or its one source. */
export function fileHashes(doc: BudgetDocument): string[] {
  return (doc.parts ?? [doc.source]).map((p) => p.sha256);
}

export async function storedIdOf(session: Session, hashes: string[]): Promise<{ id: number; version: number } | null> {
  const marks = hashes.map((_, i) => `$${i + 1}`).join(', ');
  const rows = await session.all(
    `SELECT d.id, d.version FROM document_files f JOIN documents d ON d.id = f.document_id WHERE f.sha256 IN (${marks}) LIMIT 1`,
    hashes,
  );
  const row = rows[0];
  return row ? { id: Number(row.id), version: Number(row.version) } : null;
}

/**
 * The documents holding the files as parts stored alone: each holds only files among them, and
 * none holds them all; null when they are stored as one document already or with another file.
 */
async function partsOf(session: Session, hashes: string[]): Promise<number[] | null> {
  const marks = hashes.map((_, i) => `$${i + 1}`).join(', ');
  const rows = await session.all(
    `SELECT f.document_id AS id, COUNT(*) AS files, SUM(CASE WHEN f.sha256 IN (${marks}) THEN 1 ELSE 0 END) AS given
       FROM document_files f WHERE f.document_id IN (SELECT document_id FROM document_files WHERE sha256 IN (${marks}))
       GROUP BY f.document_id`,
    hashes,
  );
  const partsOnly = rows.every((r) => Number(r.files) === Number(r.given) && Number(r.files) < hashes.length);
  return rows.length > 0 && partsOnly ? rows.map((r) => Number(r.id)) : null;
}

/**
 * The next version of the document's department-year-phase; the versions before it stop being the
 * newest (the queries compare only the newest, by a flag instead of a window over all documents).
 */
async function nextVersion(session: Session, doc: BudgetDocument): Promise<number> {
  if (doc.department === null || doc.year === null) return 1;
  await session.lock(`version:${doc.department}|${doc.year}|${doc.phase}`);
  const same = [doc.department, doc.year, doc.phase];
  const rows = await session.all(
    'SELECT COALESCE(MAX(version), 0) AS v FROM documents WHERE department = $1 AND year = $2 AND phase = $3',
    same,
  );
  const version = Number(rows[0]?.v ?? 0) + 1;
  if (version > 1)
    await session.run('UPDATE documents SET newest = FALSE WHERE department = $1 AND year = $2 AND phase = $3 AND newest', same);
  return version;
}

export async function putInSession(
  session: Session,
  doc: BudgetDocument,
  findings: Finding[],
  options: PutOptions,
): Promise<PutResult> {
  const hashes = fileHashes(doc);
  for (const hash of [...hashes].sort()) await session.lock(`file:${hash}`);
  const existing = await storedIdOf(session, hashes);
  const replaced = existing && options.supersedeParts ? await partsOf(session, hashes) : null;
  if (existing && !replaced) return { ...existing, stored: false };
  const [row] = await session.all("SELECT nextval('document_ids') AS id");
  const id = BigInt(row?.id ?? 0);
  const version = await nextVersion(session, doc);
  for (const part of replaced ?? []) await deleteInSession(session, part);
  const runId = options.runId == null ? null : BigInt(options.runId);
  const records = documentToRecords(doc, findings, { id, version, runId, profile: options.profile, ingestedAt: new Date() });
  await session.write(records);
  return { id: Number(id), version, stored: true };
}
