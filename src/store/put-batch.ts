/**
 * Several documents stored in one transaction, through the same put as one document (put.ts) but
 * with their rows appended together: one Appender flush (DuckDB) or one COPY (PostgreSQL) per table
 * for the batch instead of one per table per document, which is most of what a small document costs
 * to store (about 10 ms a flush whatever its rows). The rows wait in memory until the batch ends,
 * or until a document of the batch needs what they hold: a document sharing a file or a
 * department-year-phase with one waiting (its idempotence and its version are read from the
 * store), or one replacing stored parts, has them written first.
 */
import type { BudgetDocument, Finding } from '../model/types.js';
import type { Session } from './engine.js';
import { fileHashes, putInSession } from './put.js';
import type { PutOptions, PutResult } from './store.js';
import type { Records } from './values.js';

export interface BatchItem {
  doc: BudgetDocument;
  findings: Finding[];
  options: PutOptions;
}

/** What a document's put reads from the store: its files, and its department-year-phase's versions. */
function keysOf(doc: BudgetDocument): string[] {
  const keys = fileHashes(doc).map((h) => `file:${h}`);
  if (doc.department !== null && doc.year !== null) keys.push(`version:${doc.department}|${doc.year}|${doc.phase}`);
  return keys;
}

export async function putBatchInSession(session: Session, items: BatchItem[]): Promise<PutResult[]> {
  let waiting: Records = new Map();
  const waitingKeys = new Set<string>();
  const flush = async () => {
    if (waiting.size > 0) await session.write(waiting);
    waiting = new Map();
    waitingKeys.clear();
  };
  const buffered: Session = {
    ...session,
    write: async (records) => {
      for (const [table, rows] of records) {
        const into = waiting.get(table);
        if (into) for (const row of rows) into.push(row);
        else waiting.set(table, [...rows]);
      }
    },
  };
  const results: PutResult[] = [];
  for (const { doc, findings, options } of items) {
    const keys = keysOf(doc);
    if (options.supersedeParts || keys.some((k) => waitingKeys.has(k))) await flush();
    const result = await putInSession(buffered, doc, findings, options);
    if (result.stored) for (const k of keys) waitingKeys.add(k);
    results.push(result);
  }
  await flush();
  return results;
}
