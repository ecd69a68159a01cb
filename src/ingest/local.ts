/**
 * Ingest in one process: files are read in parallel by the reader pool (as `check --jobs` reads
 * them), those already stored skipped by their sha256 before any reading. A disclosure published
 * as several files (北京's 情况说明 and 报表) is joined as `check` joins files given together,
 * wherever the files are among those given: a file that is one part of a disclosure waits (in
 * memory) for the other, and is stored alone when none comes. Every other document is stored as
 * soon as it is read, one at a time, each in its own transaction.
 *
 * The store opens while the first files are read (loading DuckDB's native module took 1.2–5 s of
 * wall time on this machine, before any file was read): a file begun before the store was open
 * is looked up after it is read, and left as stored when it was. (A checkpoint while the last file
 * is read did not make closing shorter: DuckDB's checkpoint at close rewrites the row groups the
 * last document was appended to, which hold the earlier documents' rows too.)
 */
import { groupParts, type PartKey, partnerOf, partOf } from '../model/document-set.js';
import type { BudgetDocument } from '../model/types.js';
import { readDocumentWithLayout } from '../reader.js';
import type { ReaderPool } from '../source/pool.js';
import { hashFile } from './files.js';
import { failureOf, type IngestContext, recordFailed, storeChecked } from './settle.js';

type Outcome =
  | { kind: 'skipped'; files: string[]; errors: number }
  | { kind: 'read'; files: string[]; doc: BudgetDocument }
  | { kind: 'failed'; files: string[]; sha256: string | null; error: unknown };

export interface LocalOptions {
  pool: ReaderPool;
  /** Join the files of one disclosure, wherever they are among those given (`--no-group` turns it off). */
  group: boolean;
}

/** Reads one file, unless a file with its bytes is stored already (looked up after reading while the store opens). */
async function readOne(file: string, opening: Opening, pool: ReaderPool): Promise<Outcome> {
  let sha256: string | null = null;
  const open = opening.context;
  let outcome: Outcome;
  try {
    sha256 = await hashFile(file);
    const stored = open ? await open.store.hasDocument(sha256) : null;
    if (stored) return { kind: 'skipped', files: [file], errors: stored.errors };
    const { doc } = await readDocumentWithLayout(file, { pool });
    outcome = { kind: 'read', files: [file], doc };
  } catch (error) {
    outcome = { kind: 'failed', files: [file], sha256, error };
  }
  if (open) return outcome;
  // Rejects when the store could not be opened: the run ends there.
  const context = await opening.ready;
  const stored = sha256 === null ? null : await context.store.hasDocument(sha256).catch(() => null);
  return stored ? { kind: 'skipped', files: [file], errors: stored.errors } : outcome;
}

/** The store's context once it is open; null before. */
class Opening {
  context: IngestContext | null = null;
  readonly ready: Promise<IngestContext>;

  constructor(starting: Promise<IngestContext>) {
    this.ready = starting.then((context) => {
      this.context = context;
      return context;
    });
    // Seen by the lane that awaits it; not an unhandled rejection meanwhile.
    this.ready.catch(() => {});
  }
}

/** Two read parts of one disclosure as one outcome (the one given first first). */
function joined(first: Outcome, second: Outcome): Outcome {
  const [only] = groupParts(
    [first, second],
    (o) => (o.kind === 'read' ? o.doc : null),
    (a, b, doc): Outcome => ({ kind: 'read', files: [...a.files, ...b.files], doc }),
  );
  return only as Outcome;
}

const partId = (part: PartKey) => `${part.holds}|${part.key}`;

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

/** `starting`: the store being opened (and the run started) while the first files are read. */
export async function ingestLocal(files: string[], starting: Promise<IngestContext>, options: LocalOptions): Promise<void> {
  const opening = new Opening(starting);
  // Parts read before their other part, in the order given.
  const waiting = new Map<string, Array<{ at: number; outcome: Outcome }>>();
  // Stores run one after another, while the lanes go on reading; an outcome arrives once the store is open.
  let storing: Promise<void> = Promise.resolve();
  const store = (outcome: Outcome) => {
    storing = storing.then(() => settle(outcome, opening.context as IngestContext));
  };
  const arrived = (at: number, outcome: Outcome) => {
    if (!options.group || outcome.kind !== 'read') return store(outcome);
    const partner = partnerOf(outcome.doc);
    const parts = partner ? waiting.get(partId(partner)) : undefined;
    const other = parts?.shift();
    if (other) return store(other.at < at ? joined(other.outcome, outcome) : joined(outcome, other.outcome));
    const part = partOf(outcome.doc);
    if (!part) return store(outcome);
    waiting.set(
      partId(part),
      [...(waiting.get(partId(part)) ?? []), { at, outcome }].sort((a, b) => a.at - b.at),
    );
  };
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const at = next++;
      arrived(at, await readOne(files[at] as string, opening, options.pool));
    }
  };
  await Promise.all(Array.from({ length: Math.min(files.length, options.pool.size + 1) }, lane));
  // Parts whose other part was not among the files: each stored alone.
  for (const { outcome } of [...waiting.values()].flat().sort((a, b) => a.at - b.at)) store(outcome);
  await storing;
}
