/**
 * The store's contract, one suite run against each engine (hono's pattern: duckdb/engine.test.ts
 * and postgres/engine.test.ts call it): a seed stored and read back exactly, idempotency by
 * sha256, a corrected file as the next version, a document written whole or not at all, failures
 * kept, queries that only read.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../tests/paths.js';
import { checkDocument } from '../check.js';
import { tableData } from '../model/table-data.js';
import { readText } from '../reader.js';
import { StoreError } from './errors.js';
import { SCHEMA_VERSION } from './migrations.js';
import { readStoredDocument } from './read-back.js';
const SEED = join(projectRoot, 'tests', 'fixtures', 'seeds', '000_7094a3d6e0f48fbd.txt');
/** The seed as `ingest` reads it, under a sha256 of the caller's choosing. */
export function seedDocument(sha256 = 'a'.repeat(64), file = SEED) {
    const doc = readText(readFileSync(file, 'utf8'), file, sha256);
    return doc;
}
const count = async (store, table) => Number((await store.query(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.n);
export function storeContract(engine, open) {
    describe(`store contract: ${engine}`, () => {
        let store;
        before(async () => {
            store = await open();
        });
        after(async () => {
            await store?.close();
        });
        it('migrates once; migrating again changes nothing', async () => {
            assert.equal(await store.migrate(), SCHEMA_VERSION);
            const rows = await store.query('SELECT version FROM schema_migrations ORDER BY version');
            assert.deepEqual(rows.map((r) => r.version), Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
        });
        it('stores a seed and reads it back exactly: amounts, origins, narrative, findings', async () => {
            const doc = seedDocument();
            const { findings } = checkDocument(doc);
            const put = await store.putDocument(doc, findings, { profile: 'jilin-province' });
            assert.deepEqual([put.stored, put.version], [true, 1]);
            const back = await readStoredDocument(store, put.id);
            assert.ok(back);
            assert.equal(back.document.department, '吉林省商务厅');
            assert.equal(back.document.region, '吉林省');
            assert.equal(back.document.level, 'province');
            assert.equal(back.document.year, 2024);
            assert.equal(back.document.errors, findings.filter((f) => f.severity === 'error').length);
            assert.deepEqual(back.tables.map(tableData), doc.tables.map(tableData));
            assert.deepEqual(back.narrative, doc.narrative);
            assert.deepEqual(back.overview, doc.overview);
            assert.deepEqual(back.findings, findings);
            const cells = doc.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.values).length, 0), 0);
            assert.ok(cells > 100, `the seed has ${cells} amounts`);
            const amounts = await store.query('SELECT COUNT(*) AS n FROM cells WHERE document_id = $1 AND amount IS NOT NULL', [
                put.id,
            ]);
            assert.equal(amounts[0]?.n, cells);
            assert.ok((await count(store, 'claims')) > 0, 'the narrative claims are stored');
        });
        it('stores the same file once (idempotent by sha256)', async () => {
            const again = await store.putDocument(seedDocument(), [], { profile: 'national' });
            assert.equal(again.stored, false);
            assert.equal((await store.listDocuments()).length, 1);
            assert.equal((await store.hasDocument('a'.repeat(64)))?.id, again.id);
            assert.equal(await store.hasDocument('f'.repeat(64)), null);
        });
        it('stores a corrected file as the next version of the same department-year', async () => {
            const corrected = seedDocument('b'.repeat(64));
            const row = corrected.tables[0]?.rows[0];
            const [key] = Object.keys(row?.values ?? {});
            assert.ok(row && key);
            row.values[key] = { raw: '1.25', scaled: 125n, scale: 2 };
            const put = await store.putDocument(corrected, [], { profile: 'jilin-province' });
            assert.deepEqual([put.stored, put.version], [true, 2]);
            const back = await readStoredDocument(store, put.id);
            assert.deepEqual(back?.tables[0]?.rows[0]?.values[key], { raw: '1.25', scaled: 125n, scale: 2 });
            const versions = await store.listDocuments({ department: '吉林省商务厅', year: 2024 });
            assert.deepEqual(versions.map((d) => d.version), [1, 2]);
            // The newest flag the queries read moved to the corrected file.
            const flags = await store.query("SELECT version, newest FROM documents WHERE department = '吉林省商务厅' AND year = 2024 ORDER BY version");
            assert.deepEqual(flags, [
                { version: 1, newest: false },
                { version: 2, newest: true },
            ]);
        });
        it('writes a document whole or not at all', async () => {
            const before = await Promise.all(['documents', 'doc_tables', 'doc_rows', 'cells'].map((t) => count(store, t)));
            // Two parts with one sha256: the document's row is written, then its files' rows break
            // their unique key, in the middle of the document.
            const broken = seedDocument('c'.repeat(64));
            broken.parts = [
                { ...broken.source, holds: 'narrative' },
                { ...broken.source, holds: 'tables' },
            ];
            await assert.rejects(store.putDocument(broken, [], { profile: 'national' }));
            // An amount the store cannot keep exactly is refused before anything is written.
            const precise = seedDocument('d'.repeat(64));
            const last = precise.tables.at(-1)?.rows.at(-1);
            assert.ok(last);
            last.values.total = { raw: '1.1234567', scaled: 11234567n, scale: 7 };
            await assert.rejects(store.putDocument(precise, [], { profile: 'national' }), StoreError);
            const afterwards = await Promise.all(['documents', 'doc_tables', 'doc_rows', 'cells'].map((t) => count(store, t)));
            assert.deepEqual(afterwards, before);
            // The store goes on working after a failed document.
            const next = await store.putDocument(seedDocument('e'.repeat(64)), [], { profile: 'national' });
            assert.equal(next.stored, true);
        });
        it('keeps every failure with its reason', async () => {
            await store.recordFailure({ file: 'bad.pdf', sha256: '0'.repeat(64), zh: '文件已损坏', en: 'damaged file' });
            const failures = await store.listFailures();
            assert.equal(failures.length, 1);
            assert.deepEqual({ file: failures[0]?.file, sha256: failures[0]?.sha256, zh: failures[0]?.zh, en: failures[0]?.en }, { file: 'bad.pdf', sha256: '0'.repeat(64), zh: '文件已损坏', en: 'damaged file' });
        });
        it('answers queries with exact decimals and refuses anything that writes', async () => {
            const [coded] = await store.query("SELECT r.code FROM doc_rows r JOIN cells c ON r.document_id = c.document_id AND r.table_no = c.table_no AND r.row_no = c.row_no WHERE r.code IS NOT NULL AND c.column_key = 'total' LIMIT 1");
            assert.ok(coded?.code);
            const rows = await store.query("SELECT c.amount, c.scale FROM cells c JOIN doc_rows r ON r.document_id = c.document_id AND r.table_no = c.table_no AND r.row_no = c.row_no WHERE r.code = $1 AND c.column_key = 'total' ORDER BY c.document_id LIMIT 1", [coded.code]);
            assert.equal(rows.length, 1);
            assert.match(String(rows[0]?.amount), /^\d+\.\d+$/);
            await assert.rejects(store.query('DELETE FROM documents'));
            assert.equal((await store.listDocuments()).length, 3);
        });
        it('records an ingest run', async () => {
            const id = await store.startRun(2);
            await store.finishRun(id, { files: 3, stored: 2, skipped: 1, failed: 0 });
            const [run] = await store.query('SELECT files, stored, skipped, failed, jobs FROM ingest_runs WHERE id = $1', [id]);
            assert.deepEqual(run, { files: 3, stored: 2, skipped: 1, failed: 0, jobs: 2 });
        });
    });
}
/** A seed's bytes, for tests that ingest files. */
export const seedPath = SEED;
export const seedBytes = () => readFileSync(SEED);
//# sourceMappingURL=contract.case.js.map