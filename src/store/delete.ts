/**
 * Deleting a document, written once for both engines, inside the caller's transaction: every row
 * that names it (each table with a document_id, found from the schema, so a table added later is
 * not forgotten), its files' finished ingest jobs (so the files can be stored again), and the
 * newest flag handed to the highest version of its department-year-phase that is left.
 */
import type { Param, Session } from './engine.js';
import { TABLES } from './schema.js';

/** The tables whose rows belong to one document. */
export const DOCUMENT_TABLES = TABLES.filter((t) => t.columns.some(([name]) => name === 'document_id')).map((t) => t.name);

/** A file a deleted document was read from, as the store named it. */
export interface DeletedFile {
  sha256: string;
  file: string;
}

export interface DeletedDocument {
  id: number;
  version: number;
  files: DeletedFile[];
}

export async function deleteInSession(session: Session, id: number): Promise<DeletedDocument | null> {
  const [doc] = await session.all('SELECT id, department, year, phase, version, newest FROM documents WHERE id = $1', [id]);
  if (!doc) return null;
  const same: Param[] = [doc.department ?? null, doc.year ?? null, doc.phase ?? null];
  const grouped = doc.department !== null && doc.year !== null;
  if (grouped) await session.lock(`version:${doc.department}|${doc.year}|${doc.phase}`);
  const files = (await session.all('SELECT sha256, file FROM document_files WHERE document_id = $1 ORDER BY part_no', [id])).map(
    (r) => ({ sha256: String(r.sha256), file: String(r.file) }),
  );
  for (const { sha256 } of [...files].sort((a, b) => a.sha256.localeCompare(b.sha256))) await session.lock(`file:${sha256}`);
  for (const table of DOCUMENT_TABLES) await session.run(`DELETE FROM ${table} WHERE document_id = $1`, [id]);
  await session.run('DELETE FROM documents WHERE id = $1', [id]);
  for (const { sha256 } of files) await session.run("DELETE FROM ingest_jobs WHERE sha256 = $1 AND state = 'done'", [sha256]);
  if (doc.newest === true && grouped)
    await session.run(
      `UPDATE documents SET newest = TRUE WHERE id = (SELECT id FROM documents
         WHERE department = $1 AND year = $2 AND phase = $3 ORDER BY version DESC, id DESC LIMIT 1)`,
      same,
    );
  return { id, version: Number(doc.version), files };
}
