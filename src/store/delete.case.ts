/**
 * Deleting a document and a disclosure given whole after one of its parts was stored alone, one
 * suite run against each engine (beside the store contract): every row of a deleted document goes,
 * the newest flag passes back to the version before it; the two parts together become one document,
 * the next version, keyed by both files, and the part stored alone is replaced by it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mergeParts } from '../model/document-set.js';
import type { BudgetDocument } from '../model/types.js';
import { seedDocument } from './contract.case.js';
import { DOCUMENT_TABLES } from './delete.js';
import type { Store } from './store.js';

const YEAR = 2031;

/** The seed (吉林省商务厅) as one file, or as its 情况说明 alone or its 报表 alone (北京 publishes the two apart). */
function seedAs(sha: string, holds: 'whole' | 'narrative' | 'tables', year = YEAR): BudgetDocument {
  const doc = seedDocument(sha.repeat(64));
  const whole = { ...doc, year, source: { ...doc.source, file: `${holds}-${sha}.txt` } };
  if (holds === 'narrative') return { ...whole, tables: [] };
  if (holds === 'tables') return { ...whole, narrative: [], overview: [] };
  return whole;
}

/** Rows naming the document, in every table that holds a document's rows. */
async function rowsOf(store: Store, id: number): Promise<number> {
  let n = 0;
  for (const table of [...DOCUMENT_TABLES, 'documents']) {
    const column = table === 'documents' ? 'id' : 'document_id';
    n += Number((await store.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = $1`, [id]))[0]?.n);
  }
  return n;
}

const versions = (store: Store, year: number) =>
  store.query('SELECT version, newest FROM documents WHERE year = $1 ORDER BY version', [year]);

export function deleteContract(engine: string, open: () => Promise<Store>): void {
  describe(`store delete and parts given whole: ${engine}`, () => {
    let store: Store;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store?.close();
    });

    it('the 情况说明 stored alone, then both parts: one document, the next version, keyed by both files', async () => {
      const narrative = seedAs('1', 'narrative');
      const tables = seedAs('2', 'tables');
      const alone = await store.putDocument(narrative, [], { profile: 'national' });
      assert.deepEqual([alone.stored, alone.version], [true, 1]);
      const whole = mergeParts(narrative, tables, true);
      // As before: without supersedeParts the part stored already answers.
      assert.deepEqual(await store.putDocument(whole, [], { profile: 'national' }), { ...alone, stored: false });
      const put = await store.putDocument(whole, [], { profile: 'national', supersedeParts: true });
      assert.deepEqual([put.stored, put.version], [true, 2]);
      assert.equal((await store.hasDocument('1'.repeat(64)))?.id, put.id);
      assert.equal((await store.hasDocument('2'.repeat(64)))?.id, put.id);
      assert.equal(await rowsOf(store, alone.id), 0, 'nothing of the part alone is left');
      assert.deepEqual(await versions(store, YEAR), [{ version: 2, newest: true }]);
      const files = await store.query('SELECT sha256 FROM document_files WHERE document_id = $1 ORDER BY part_no', [put.id]);
      assert.deepEqual(
        files.map((f) => f.sha256),
        ['1'.repeat(64), '2'.repeat(64)],
      );
      // Given whole again: stored already.
      assert.deepEqual(await store.putDocument(whole, [], { profile: 'national', supersedeParts: true }), {
        ...put,
        stored: false,
      });
    });

    it('both parts stored alone, then given together: both replaced by one document', async () => {
      const narrative = seedAs('3', 'narrative', YEAR + 1);
      const tables = seedAs('4', 'tables', YEAR + 1);
      const a = await store.putDocument(tables, [], { profile: 'national' });
      const b = await store.putDocument(narrative, [], { profile: 'national' });
      const put = await store.putDocument(mergeParts(narrative, tables, false), [], {
        profile: 'national',
        supersedeParts: true,
      });
      assert.deepEqual([put.stored, put.version], [true, 3]);
      assert.deepEqual([await rowsOf(store, a.id), await rowsOf(store, b.id)], [0, 0]);
      assert.deepEqual(await versions(store, YEAR + 1), [{ version: 3, newest: true }]);
    });

    it('a part joined to another file already is not taken from it', async () => {
      const narrative = seedAs('1', 'narrative');
      const other = seedAs('5', 'tables');
      const held = await store.hasDocument('1'.repeat(64));
      const put = await store.putDocument(mergeParts(narrative, other, true), [], { profile: 'national', supersedeParts: true });
      assert.deepEqual([put.stored, put.id], [false, held?.id]);
      assert.equal(await store.hasDocument('5'.repeat(64)), null);
    });

    it('deletes a document whole; the version before it is the newest again; its file can be stored again', async () => {
      const first = await store.putDocument(seedAs('6', 'whole', YEAR + 2), [], { profile: 'national' });
      const second = await store.putDocument(seedAs('7', 'whole', YEAR + 2), [], { profile: 'national' });
      assert.ok((await rowsOf(store, second.id)) > 100);
      const deleted = await store.deleteDocument(second.id);
      assert.deepEqual(deleted, { id: second.id, version: 2, files: [{ sha256: '7'.repeat(64), file: 'whole-7.txt' }] });
      assert.equal(await rowsOf(store, second.id), 0);
      assert.deepEqual(await versions(store, YEAR + 2), [{ version: 1, newest: true }]);
      assert.equal(await store.deleteDocument(second.id), null);
      assert.equal(await store.hasDocument('7'.repeat(64)), null);
      const again = await store.putDocument(seedAs('7', 'whole', YEAR + 2), [], { profile: 'national' });
      assert.deepEqual([again.stored, again.version], [true, 2]);
      assert.ok(again.id !== first.id && again.id !== second.id);
    });
  });
}
