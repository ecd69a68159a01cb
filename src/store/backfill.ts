/**
 * Rows a migration derives from what is stored already: the documents read back a batch at a time
 * (their tables, columns, rows and cells) and the derived rows written as `ingest` writes them for
 * a new document (records.ts `derivedRecords`), in the migration's transaction.
 */
import type { Phase } from '../model/types.js';
import type { Session } from './engine.js';
import { tablesOfDocuments } from './read-back.js';
import { derivedRecords } from './records.js';
import type { Records } from './values.js';

/** Documents read back at once: a few hundred thousand cells. */
const BATCH = 200;

export async function backfillDerived(session: Session, tables: string[]): Promise<void> {
  const documents = await session.all('SELECT id, department, year, phase FROM documents ORDER BY id');
  for (let at = 0; at < documents.length; at += BATCH) {
    const batch = documents.slice(at, at + BATCH);
    const first = Number(batch[0]?.id);
    const last = Number(batch[batch.length - 1]?.id);
    const stored = await tablesOfDocuments((sql, params) => session.all(sql, params), first, last);
    const records: Records = new Map(tables.map((name) => [name, []]));
    for (const d of batch) {
      const doc = {
        department: d.department === null ? null : String(d.department),
        year: d.year === null ? null : Number(d.year),
        phase: String(d.phase) as Phase,
        tables: stored.get(Number(d.id)) ?? [],
      };
      derivedRecords(doc, BigInt(Number(d.id)), records);
    }
    await session.write(records);
  }
}
