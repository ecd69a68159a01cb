/**
 * Rows a migration derives from what is stored already: the documents read back a batch at a time
 * (their tables, columns, rows and cells) and the derived rows written as `ingest` writes them for
 * a new document (records.ts `derivedRecords`), in the migration's transaction.
 */
import type { Phase } from '../model/types.js';
import type { Session } from './engine.js';
import { tablesOfDocuments } from './read-back.js';
import { derivedRecords } from './records.js';
import { type SummaryRow, summaryAnswer } from './summary.js';
import type { Records, Value } from './values.js';

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

/** Documents whose summary rows are read at once: about 45 rows each. */
const SUMMARY_BATCH = 2000;

/**
 * `summary_answers` from the stored `summary_figures` rows (what ingest derives them from), so that
 * no document is read back: one row per document, as ingest writes it.
 */
export async function backfillSummaryAnswers(session: Session): Promise<void> {
  const ids = (await session.all('SELECT id FROM documents ORDER BY id')).map((r) => Number(r.id));
  for (let at = 0; at < ids.length; at += SUMMARY_BATCH) {
    const batch = ids.slice(at, at + SUMMARY_BATCH);
    const rows = await session.all(
      `SELECT document_id, figure, code, name, amount, scale, unit FROM summary_figures
        WHERE document_id BETWEEN $1 AND $2 ORDER BY document_id, line_no`,
      [batch[0] ?? 0, batch[batch.length - 1] ?? 0],
    );
    const byDocument = new Map<number, SummaryRow[]>();
    for (const r of rows) {
      const id = Number(r.document_id);
      const own = byDocument.get(id);
      if (own) own.push(r);
      else byDocument.set(id, [r]);
    }
    const answers: Value[][] = batch.map((id) => [BigInt(id), JSON.stringify(summaryAnswer(byDocument.get(id) ?? []))]);
    await session.write(new Map([['summary_answers', answers]]));
  }
}
