/**
 * Ingest in one process: files are read in parallel by the reader pool (as `check --jobs` reads
 * them), those already stored skipped by their sha256 before any reading. The files of one folder
 * are stored when the whole folder is read, so that a disclosure published as several files
 * (北京's 情况说明 and 报表) is joined as `check` joins files given together; only the documents of
 * the folders in flight are held in memory. Documents are stored one at a time, each in its own
 * transaction.
 */
import { dirname } from 'node:path';
import { groupParts } from '../model/document-set.js';
import type { BudgetDocument } from '../model/types.js';
import { readDocumentWithLayout } from '../reader.js';
import type { ReaderPool } from '../source/pool.js';
import { hashFile } from './files.js';
import { failureOf, type IngestContext, recordFailed, storeChecked } from './settle.js';

type Outcome =
  | { kind: 'skipped'; files: string[]; errors: number }
  | { kind: 'read'; files: string[]; doc: BudgetDocument }
  | { kind: 'failed'; files: string[]; sha256: string | null; error: unknown };

interface Folder {
  outcomes: Array<Outcome | undefined>;
  left: number;
}

export interface LocalOptions {
  pool: ReaderPool;
  /** Join the files of one disclosure (`--no-group` turns it off). */
  group: boolean;
}

/** Reads one file, unless a file with its bytes is stored already. */
async function readOne(file: string, context: IngestContext, pool: ReaderPool): Promise<Outcome> {
  let sha256: string | null = null;
  try {
    sha256 = await hashFile(file);
    const stored = await context.store.hasDocument(sha256);
    if (stored) return { kind: 'skipped', files: [file], errors: stored.errors };
    const { doc } = await readDocumentWithLayout(file, { pool });
    return { kind: 'read', files: [file], doc };
  } catch (error) {
    return { kind: 'failed', files: [file], sha256, error };
  }
}

/** A folder's outcomes with the parts of one disclosure joined (where the first of them stood). */
function grouped(outcomes: Outcome[], group: boolean): Outcome[] {
  if (!group) return outcomes;
  return groupParts(
    outcomes,
    (o) => (o.kind === 'read' ? o.doc : null),
    (first, second, doc) => ({ kind: 'read', files: [...first.files, ...second.files], doc }),
  );
}

async function settle(outcome: Outcome, context: IngestContext): Promise<void> {
  if (outcome.kind === 'skipped') {
    context.onFile({ files: outcome.files, status: 'skipped', pages: 0, errors: outcome.errors });
    return;
  }
  if (outcome.kind === 'failed') {
    const file = outcome.files[0] as string;
    await recordFailed(failureOf(file, outcome.sha256, outcome.error, context.runId), context);
    return;
  }
  try {
    await storeChecked(outcome.doc, outcome.files, context, (doc, findings, options) =>
      context.store.putDocument(doc, findings, options),
    );
  } catch (error) {
    await recordFailed(failureOf(outcome.files[0] as string, outcome.doc.source.sha256, error, context.runId), context);
  }
}

export async function ingestLocal(files: string[], context: IngestContext, options: LocalOptions): Promise<void> {
  const folders = new Map<string, Folder>();
  for (const file of files) {
    const folder = folders.get(dirname(file)) ?? { outcomes: [], left: 0 };
    folder.left++;
    folders.set(dirname(file), folder);
  }
  const slots = files.map((file) => {
    const folder = folders.get(dirname(file)) as Folder;
    return { folder, index: folder.outcomes.push(undefined) - 1 };
  });
  // Stores run one after another, while the lanes go on reading.
  let storing: Promise<void> = Promise.resolve();
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const at = next++;
      const outcome = await readOne(files[at] as string, context, options.pool);
      const { folder, index } = slots[at] as (typeof slots)[number];
      folder.outcomes[index] = outcome;
      if (--folder.left > 0) continue;
      const done = grouped(folder.outcomes as Outcome[], options.group);
      folder.outcomes = [];
      storing = storing.then(async () => {
        for (const o of done) await settle(o, context);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(files.length, options.pool.size + 1) }, lane));
  await storing;
}
