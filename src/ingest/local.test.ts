/**
 * Ingest in one process while the store is still opening (ingestLocal): the first files are read
 * before the store can say whether they are stored; one it holds already is then skipped, not
 * stored twice; a store that cannot be opened ends the run with its error.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ReaderPool } from '../source/pool.js';
import { StoreError } from '../store/errors.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { ingestLocal } from './local.js';
import type { FileEvent, IngestContext } from './settle.js';
import { seedDir, seedFiles } from './testing.js';

const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-ingest-local-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The store's context, given only after a timer: no lane can know it when it starts reading. */
function openingLater(store: Store, events: FileEvent[]): Promise<IngestContext> {
  return new Promise((resolve) =>
    setTimeout(() => resolve({ store, runId: 1, profile: null, onFile: (event) => events.push(event) }), 1),
  );
}

describe('ingest while the store opens', () => {
  const [first, second] = seedFiles().map((f) => join(seedDir, f));
  const pool = new ReaderPool(1);
  after(() => pool.close());

  it('reads the first files before the store is open, and skips one found stored after reading it', async () => {
    const store = await openStore({ dialect: 'duckdb', path: join(scratch, 'opening.duckdb') });
    try {
      const earlier: FileEvent[] = [];
      await ingestLocal([first as string], openingLater(store, earlier), { pool, group: true });
      assert.deepEqual(
        earlier.map((e) => e.status),
        ['stored'],
      );
      const events: FileEvent[] = [];
      // Two lanes for one reader thread: both files are begun before the store is open.
      await ingestLocal([first as string, second as string], openingLater(store, events), { pool, group: true });
      assert.deepEqual(
        events.map((e) => [e.files[0], e.status]).sort(),
        [
          [first, 'skipped'],
          [second, 'stored'],
        ].sort(),
      );
      const documents = await store.listDocuments();
      assert.deepEqual(documents.map((d) => d.sourceFile).sort(), [first, second].sort());
    } finally {
      await store.close();
    }
  });

  it('ends with the store’s error when it cannot be opened', async () => {
    const refused = new StoreError('无法打开数据库', 'cannot open the database');
    const failing = new Promise<IngestContext>((_, reject) => setTimeout(() => reject(refused), 1));
    await assert.rejects(ingestLocal([first as string, second as string], failing, { pool, group: true }), refused);
  });
});
