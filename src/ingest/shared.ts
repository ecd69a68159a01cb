/**
 * Ingest shared by several processes, on one machine or many, through PostgreSQL's queue
 * (store.ts WorkQueue): every process adds its files to ingest_jobs, then its lanes take the next
 * file nobody holds, read it, and store it in the transaction that holds the file. A file is
 * stored once whatever the number of processes; a process that dies leaves its file to the next.
 * Each file is its own document here: the parts of a multi-file disclosure are not joined.
 */
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { BudgetDocument } from '../model/types.js';
import { readDocumentWithLayout } from '../reader.js';
import type { ReaderPool } from '../source/pool.js';
import type { Claim, WorkQueue } from '../store/store.js';
import { hashFile } from './files.js';
import { failureOf, type IngestContext, recordFailed, storeChecked } from './settle.js';

async function work(claim: Claim, context: IngestContext, pool: ReaderPool): Promise<void> {
  const stored = await context.store.hasDocument(claim.sha256);
  if (stored) {
    await claim.skip();
    context.onFile({ files: [claim.file], status: 'skipped', pages: 0, errors: stored.errors });
    return;
  }
  let doc: BudgetDocument;
  try {
    doc = (await readDocumentWithLayout(claim.file, { pool })).doc;
  } catch (error) {
    await recordFailed(failureOf(claim.file, claim.sha256, error, context.runId), context, (f) => claim.fail(f));
    return;
  }
  try {
    await storeChecked(doc, [claim.file], context, (d, findings, options) => claim.put(d, findings, options));
  } catch (error) {
    await recordFailed(failureOf(claim.file, claim.sha256, error, context.runId), context, (f) => claim.fail(f));
  }
}

export async function ingestShared(files: string[], context: IngestContext, queue: WorkQueue, pool: ReaderPool): Promise<void> {
  const jobs: Array<{ file: string; sha256: string }> = [];
  for (const file of files) {
    try {
      jobs.push({ file: resolve(file), sha256: await hashFile(file) });
    } catch (error) {
      await recordFailed(failureOf(file, null, error, context.runId), context);
    }
  }
  await queue.enqueue(jobs);
  const worker = `${hostname()}:${process.pid}`;
  const lane = async () => {
    for (;;) {
      const claim = await queue.claim(worker);
      if (!claim) return;
      try {
        await work(claim, context, pool);
      } catch (error) {
        // The connection failed under the claim: the file goes back to the queue, the failure is recorded apart.
        await claim.release();
        await recordFailed(failureOf(claim.file, claim.sha256, error, context.runId), context);
      }
    }
  };
  await Promise.all(Array.from({ length: pool.size + 1 }, lane));
}
