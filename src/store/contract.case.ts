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
import type { BudgetDocument } from '../model/types.js';
import { nextYear } from '../query/queries.case.js';
import { readText } from '../reader.js';
import { CODE_SPENDING_KINDS } from './code-spending.js';
import type { Engine } from './engine.js';
import { StoreError } from './errors.js';
import { SCHEMA_VERSION } from './migrations.js';
import { readStoredDocument } from './read-back.js';
import type { Store } from './store.js';

const SEED = join(projectRoot, 'tests', 'fixtures', 'seeds', '000_7094a3d6e0f48fbd.txt');

/** The seed as `ingest` reads it, under a sha256 of the caller's choosing. */
export function seedDocument(sha256 = 'a'.repeat(64), file = SEED): BudgetDocument {
  const doc = readText(readFileSync(file, 'utf8'), file, sha256);
  return doc;
}

const count = async (store: Store, table: string) => Number((await store.query(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.n);

/** The derived rows of every document, in one order. */
async function derivedRows(store: Store) {
  return {
    year: await store.query('SELECT * FROM year_figures ORDER BY document_id, restated, table_no, row_no, figure_key, line'),
    summary: await store.query('SELECT * FROM summary_figures ORDER BY document_id, line_no'),
    lines: await store.query('SELECT * FROM doc_lines ORDER BY document_id, table_no, row_no'),
    codes: await store.query('SELECT * FROM code_spending ORDER BY document_id, code'),
    answers: await store.query('SELECT * FROM summary_answers ORDER BY document_id'),
  };
}

/**
 * `open` opens the store (migrating it); `raw` the engine alone, for the test that takes a store
 * back to version 2 as an earlier build left it.
 */
export function storeContract(engine: string, open: () => Promise<Store>, raw: () => Promise<Engine>): void {
  describe(`store contract: ${engine}`, () => {
    let store: Store;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store?.close();
    });

    it('migrates once; migrating again changes nothing', async () => {
      assert.equal(await store.migrate(), SCHEMA_VERSION);
      const rows = await store.query('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(
        rows.map((r) => r.version),
        Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
      );
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
      assert.deepEqual(
        versions.map((d) => d.version),
        [1, 2],
      );
      // The newest flag the queries read moved to the corrected file.
      const flags = await store.query(
        "SELECT version, newest FROM documents WHERE department = '吉林省商务厅' AND year = 2024 ORDER BY version",
      );
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
      assert.deepEqual(
        { file: failures[0]?.file, sha256: failures[0]?.sha256, zh: failures[0]?.zh, en: failures[0]?.en },
        { file: 'bad.pdf', sha256: '0'.repeat(64), zh: '文件已损坏', en: 'damaged file' },
      );
    });

    it('answers queries with exact decimals and refuses anything that writes', async () => {
      const [coded] = await store.query(
        "SELECT r.code FROM doc_rows r JOIN cells c ON r.document_id = c.document_id AND r.table_no = c.table_no AND r.row_no = c.row_no WHERE r.code IS NOT NULL AND c.column_key = 'total' LIMIT 1",
      );
      assert.ok(coded?.code);
      const rows = await store.query(
        "SELECT c.amount, c.scale FROM cells c JOIN doc_rows r ON r.document_id = c.document_id AND r.table_no = c.table_no AND r.row_no = c.row_no WHERE r.code = $1 AND c.column_key = 'total' ORDER BY c.document_id LIMIT 1",
        [coded.code],
      );
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

    it('writes the figures the prior-year rule compares: restated and own, by year, line and column', async () => {
      const later = await store.putDocument(nextYear('9'.repeat(64)), [], { profile: 'national' });
      const restated = await store.query(
        'SELECT year, line, figure_key, label, amount FROM year_figures WHERE document_id = $1 AND restated ORDER BY table_no, row_no',
        [later.id],
      );
      // The 2025 document's 三公 上年预算数 (2024年预算数), each row of its table as the 2024 budget's total.
      assert.ok(restated.length >= 5, JSON.stringify(restated));
      assert.ok(restated.every((r) => r.year === 2024 && r.figure_key === 'total' && r.label === '2024年预算数'));
      const reception = restated.find((r) => r.line === 'three_public||公务接待费');
      assert.equal(Number(reception?.amount), 153.52);
      // Its own 公务接待费 is 2024's; its 上年预算数 restates it wrongly (153.52).
      const own = await store.query(
        "SELECT d.year, f.amount FROM year_figures f JOIN documents d ON d.id = f.document_id WHERE NOT f.restated AND d.newest AND f.line = 'three_public||公务接待费' AND f.figure_key = 'total' ORDER BY d.year",
      );
      assert.deepEqual(
        own.map((r) => [r.year, Number(r.amount)]),
        [
          [2024, 153.42],
          [2025, 153.42],
        ],
      );
      const [summary] = await store.query(
        "SELECT amount FROM summary_figures WHERE document_id = $1 AND figure = 'three_public'",
        [later.id],
      );
      assert.equal(Number(summary?.amount), 848.66);
    });

    it('writes the lines: every row with a code or a 合计/基本/项目, its kind, unit and amounts as its cells say', async () => {
      const lines = await count(store, 'doc_lines');
      const amountCell = `EXISTS (SELECT 1 FROM cells c WHERE c.document_id = r.document_id AND c.table_no = r.table_no
        AND c.row_no = r.row_no AND c.column_key IN ('total', 'basic', 'project') AND c.amount IS NOT NULL)`;
      assert.equal(lines, await count(store, `doc_rows r WHERE r.code IS NOT NULL OR ${amountCell}`));
      assert.ok(lines > (await count(store, 'doc_rows WHERE code IS NOT NULL')), 'lines without a code but with a 合计 are kept');
      // Each line is its row (code, name, level, total flag, side, origin) and its table (kind, unit), and
      // each amount the row's cell of that column, exactly (decimal and decimals printed).
      const same = (a: string, b: string) => `COALESCE(CAST(${a} AS TEXT), '-') = COALESCE(CAST(${b} AS TEXT), '-')`;
      const cell = (key: string) =>
        `LEFT JOIN cells ${key} ON ${key}.document_id = l.document_id AND ${key}.table_no = l.table_no AND ${key}.row_no = l.row_no AND ${key}.column_key = '${key}'`;
      const differing = await store.query(
        `SELECT COUNT(*) AS n FROM doc_lines l
           JOIN doc_tables t ON t.document_id = l.document_id AND t.table_no = l.table_no
           JOIN doc_rows r ON r.document_id = l.document_id AND r.table_no = l.table_no AND r.row_no = l.row_no
           ${['total', 'basic', 'project'].map(cell).join(' ')}
          WHERE NOT (${[
            ['l.kind', 't.kind'],
            ['l.unit', 't.unit'],
            ['l.code', 'r.code'],
            ['l.name', 'r.name'],
            ['l.level', 'r.level'],
            ['l.is_total', 'r.is_total'],
            ['l.side', 'r.side'],
            ['l.page', 'r.page'],
            ['l.box', 'r.box'],
            ...['total', 'basic', 'project'].flatMap((k) => [
              [`l.${k}`, `${k}.amount`],
              [`l.${k}_scale`, `${k}.scale`],
            ]),
          ]
            .map(([a, b]) => same(a as string, b as string))
            .join(' AND ')})`,
      );
      assert.equal(differing[0]?.n, 0);
      const [split] = await store.query(
        "SELECT COUNT(*) AS n FROM doc_lines WHERE basic IS NOT NULL AND project IS NOT NULL AND kind = 'general_budget_expenditure'",
      );
      assert.ok(Number(split?.n) > 10, 'the 基本/项目 split of the 一般公共预算支出表 is kept');
    });

    it("writes each code's line the code comparison shows: the most preferred table's first row with the code", async () => {
      const kinds = CODE_SPENDING_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ');
      // The line chosen among every line of the code, as the comparison chose it before version 5.
      const chosen = await store.query(
        `SELECT document_id, code, kind, table_no, row_no, name, total, total_scale, basic, basic_scale, project, project_scale, page
           FROM (SELECT l.*, ROW_NUMBER() OVER (PARTITION BY l.document_id, l.code ORDER BY CASE l.kind ${kinds} END, l.table_no, l.row_no) AS pick
                   FROM doc_lines l WHERE l.code IS NOT NULL AND l.kind IN (${CODE_SPENDING_KINDS.map((k) => `'${k}'`).join(', ')})) w
          WHERE pick = 1 ORDER BY document_id, code`,
      );
      const written = await store.query(
        `SELECT document_id, code, kind, table_no, row_no, name, total, total_scale, basic, basic_scale, project, project_scale, page
           FROM code_spending ORDER BY document_id, code`,
      );
      assert.ok(written.length > 100, `${written.length} codes`);
      assert.deepEqual(written, chosen);
      const [titles] = await store.query(
        `SELECT COUNT(*) AS n FROM code_spending s JOIN doc_tables t ON t.document_id = s.document_id AND t.table_no = s.table_no
          WHERE t.title <> s.table_title OR t.unit <> s.unit`,
      );
      assert.equal(titles?.n, 0);
    });

    it('stores a batch in one transaction as one by one: a file once, a corrected file the next version, all or nothing', async () => {
      const of = (sha: string, department: string) => {
        const doc = seedDocument(sha.repeat(64));
        doc.department = department;
        return { doc, findings: [], options: { profile: 'national' } };
      };
      const corrected = of('2', '吉林省批量厅');
      const row = corrected.doc.tables[0]?.rows[0];
      const [key] = Object.keys(row?.values ?? {});
      assert.ok(row && key);
      row.values[key] = { raw: '2.50', scaled: 250n, scale: 2 };
      const results = await store.putDocuments([
        of('1', '吉林省批量厅'),
        of('3', '吉林省另一厅'),
        of('1', '吉林省批量厅'),
        corrected,
      ]);
      assert.deepEqual(
        results.map((r) => [r.stored, r.version]),
        [
          [true, 1],
          [true, 1],
          [false, 1],
          [true, 2],
        ],
      );
      assert.equal(results[2]?.id, results[0]?.id);
      const flags = await store.query("SELECT version, newest FROM documents WHERE department = '吉林省批量厅' ORDER BY version");
      assert.deepEqual(flags, [
        { version: 1, newest: false },
        { version: 2, newest: true },
      ]);
      const back = await readStoredDocument(store, results[3]?.id ?? 0);
      assert.deepEqual(back?.tables.map(tableData), corrected.doc.tables.map(tableData));
      const before = await Promise.all(['documents', 'cells', 'doc_lines'].map((t) => count(store, t)));
      const precise = of('4', '吉林省第三厅');
      const last = precise.doc.tables.at(-1)?.rows.at(-1);
      assert.ok(last);
      last.values.total = { raw: '1.1234567', scaled: 11234567n, scale: 7 };
      await assert.rejects(store.putDocuments([of('5', '吉林省第四厅'), precise]), StoreError);
      assert.deepEqual(await Promise.all(['documents', 'cells', 'doc_lines'].map((t) => count(store, t))), before);
    });

    it('migrates a store of version 2: the derived rows backfilled as ingest writes them', async () => {
      const before = await derivedRows(store);
      assert.ok(before.year.length > 100 && before.summary.length > 20 && before.lines.length > 100 && before.codes.length > 100);
      const [documents] = await store.query('SELECT COUNT(*) AS n FROM documents');
      assert.equal(before.answers.length, Number(documents?.n), 'one side-by-side answer per document');
      await store.close();
      const engine = await raw();
      await engine.transaction(async (s) => {
        // What migrations 3 to 7 made: their tables, PostgreSQL's indexes on the codes (version 4 dropped
        // version 1's, which is put back) and on the region (version 6), their rows in schema_migrations.
        const undo = [
          'DROP TABLE summary_answers',
          'DROP TABLE code_spending',
          'DROP TABLE doc_lines',
          'DROP TABLE year_figures',
          'DROP TABLE summary_figures',
          'DROP INDEX IF EXISTS doc_rows_code_prefix',
          'DROP INDEX IF EXISTS documents_region_year',
          ...(engine.dialect === 'postgres' ? ['CREATE INDEX doc_rows_code ON doc_rows (code)'] : []),
          'DELETE FROM schema_migrations WHERE version >= 3',
        ];
        for (const sql of undo) await s.run(sql);
      });
      await engine.close();
      store = await open();
      assert.deepEqual(await derivedRows(store), before);
    });
  });
}

/** A seed's bytes, for tests that ingest files. */
export const seedPath = SEED;
export const seedBytes = () => readFileSync(SEED);
