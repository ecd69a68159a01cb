/**
 * The tables of stored documents, read back from the store in the shape the exports take: the
 * newest version of each department-year-phase that matches, in department and year order.
 */
import type { ExportTable } from '../export/input.js';
import { readStoredDocument } from '../store/read-back.js';
import type { Store } from '../store/store.js';
import { type DocumentQuery, newestDocuments } from './fetch.js';

export async function storedTables(store: Store, filter: DocumentQuery): Promise<{ tables: ExportTable[]; documents: number }> {
  const tables: ExportTable[] = [];
  let documents = 0;
  for (const ref of await newestDocuments(store, filter)) {
    const stored = await readStoredDocument(store, ref.id);
    if (!stored) continue;
    documents++;
    const d = stored.document;
    const document = {
      title: d.title,
      department: d.department,
      year: d.year,
      phase: d.phase,
      file: d.sourceFile,
      sha256: d.sha256,
    };
    for (const table of stored.tables) tables.push({ ...table, document });
  }
  return { tables, documents };
}
