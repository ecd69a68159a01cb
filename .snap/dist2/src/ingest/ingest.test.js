/**
 * `budgetlens ingest` into the embedded store, as a user runs it: folders walked, each file stored
 * once, failures recorded with their reasons, a killed run resumed with no half document, bad
 * --db refused in one line.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { run } from '../cli/main.js';
import { cli, cliProcess, seedCopies, seedDir, seedFiles, twoFileDisclosure, until, withStore } from './testing.js';
const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-ingest-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
async function inProcess(...args) {
    let stderr = '';
    const code = await run(args, { stdout: () => { }, stderr: (text) => (stderr += text) });
    return { code, stderr };
}
/** Cells per document: a document written whole has as many as its seed. */
const cellsPerDocument = (store) => store.query('SELECT d.id, d.source_file, COUNT(c.amount) AS n FROM documents d LEFT JOIN cells c ON c.document_id = d.id GROUP BY d.id, d.source_file ORDER BY d.id');
describe('budgetlens ingest (DuckDB)', () => {
    it('stores every document of a folder once, records what fails, and skips what is stored', async () => {
        const dir = join(scratch, 'folder');
        seedCopies(dir, 1);
        writeFileSync(join(dir, 'notes.txt'), '这不是预算公开文件。\n');
        writeFileSync(join(dir, 'ignored.json'), '{}');
        const db = join(scratch, 'folder.duckdb');
        const first = cli('ingest', dir, join(scratch, 'missing.pdf'), '--db', db, '--jobs', '1');
        assert.equal(first.code, 2, first.stderr);
        assert.match(first.stdout, /ingested 6 files: 4 stored, 0 already stored, 2 failed/);
        assert.match(first.stdout, /notes\.txt: 不是部门预算或决算公开文件/);
        const second = cli('ingest', dir, '--db', db, '--jobs', '1');
        assert.match(second.stdout, /ingested 5 files: 0 stored, 4 already stored, 1 failed/);
        await withStore({ dialect: 'duckdb', path: db }, async (store) => {
            const docs = await store.listDocuments();
            assert.equal(docs.length, 4);
            assert.ok(docs.every((d) => d.version === 1 && d.year !== null));
            const failures = await store.listFailures();
            assert.deepEqual(failures.map((f) => f.file.split('/').at(-1)).sort(), ['missing.pdf', 'notes.txt', 'notes.txt']);
            assert.ok(failures.every((f) => f.zh !== '' && f.en !== ''));
            const runs = await store.query('SELECT files, stored, skipped, failed FROM ingest_runs ORDER BY id');
            assert.deepEqual(runs, [
                { files: 6, stored: 4, skipped: 0, failed: 2 },
                { files: 5, stored: 0, skipped: 4, failed: 1 },
            ]);
        });
    });
    it('stores a corrected file as the next version of its department-year', async () => {
        const dir = join(scratch, 'versions');
        seedCopies(dir, 2);
        const db = join(scratch, 'versions.duckdb');
        cli('ingest', dir, '--db', db, '--jobs', '1');
        await withStore({ dialect: 'duckdb', path: db }, async (store) => {
            const versions = await store.query('SELECT department, version FROM documents ORDER BY department, version');
            assert.equal(versions.length, seedFiles().length * 2);
            const byDepartment = new Map();
            for (const row of versions)
                byDepartment.set(String(row.department), [...(byDepartment.get(String(row.department)) ?? []), Number(row.version)]);
            for (const list of byDepartment.values())
                assert.deepEqual(list, [1, 2]);
        });
    });
    it('a killed ingest leaves no half document, and the next run stores the rest', async () => {
        const dir = join(scratch, 'killed');
        const files = seedCopies(dir, 3);
        const db = join(scratch, 'killed.duckdb');
        const run = cliProcess('ingest', dir, '--db', db, '--jobs', '1');
        await until(() => run.lines().length >= 2);
        run.child.kill('SIGKILL');
        await run.done;
        const resumed = cli('ingest', dir, '--db', db, '--jobs', '1');
        assert.notEqual(resumed.code, 2, resumed.stderr);
        const stored = Number(/(\d+) stored/.exec(resumed.stdout)?.[1]);
        const skipped = Number(/(\d+) already stored/.exec(resumed.stdout)?.[1]);
        assert.ok(skipped >= 2 && stored > 0, resumed.stdout);
        assert.equal(stored + skipped, files.length);
        await withStore({ dialect: 'duckdb', path: db }, async (store) => {
            const counts = await cellsPerDocument(store);
            assert.equal(counts.length, files.length);
            // Copies of one seed hold the same cells: every document whole.
            const bySeed = new Map();
            for (const row of counts) {
                const seed = String(row.source_file).replace(/-\d+\.txt$/, '');
                bySeed.set(seed, (bySeed.get(seed) ?? new Set()).add(Number(row.n)));
            }
            for (const [seed, sizes] of bySeed)
                assert.equal(sizes.size, 1, `${seed}: ${[...sizes]}`);
        });
    });
    it('joins the two files of a disclosure wherever they are among those given; --no-group stores each alone', async () => {
        const dir = join(scratch, 'two-files');
        const [narrative, tables] = twoFileDisclosure(dir);
        seedCopies(join(dir, '其他'), 1);
        const db = join(scratch, 'two-files.duckdb');
        const joined = cli('ingest', dir, '--db', db, '--jobs', '1');
        assert.notEqual(joined.code, 2, joined.stdout);
        const separate = join(scratch, 'two-files-apart.duckdb');
        cli('ingest', dir, '--db', separate, '--jobs', '1', '--no-group');
        const filesOf = (store) => store.query(`SELECT f.file, f.holds FROM document_files f JOIN documents d ON d.id = f.document_id
          WHERE d.department = '北京市财政局' ORDER BY f.document_id, f.part_no`);
        await withStore({ dialect: 'duckdb', path: db }, async (store) => {
            assert.equal((await store.listDocuments()).length, seedFiles().length + 1);
            // One document of two files, the narrative first as it was given first.
            assert.deepEqual(await filesOf(store), [
                { file: narrative, holds: 'narrative' },
                { file: tables, holds: 'tables' },
            ]);
        });
        await withStore({ dialect: 'duckdb', path: separate }, async (store) => {
            assert.equal((await store.listDocuments()).length, seedFiles().length + 2);
            // Stored in the order the lanes read them: compared by path.
            const byPath = (await filesOf(store)).sort((a, b) => (String(a.file) < String(b.file) ? -1 : 1));
            assert.deepEqual(byPath, [
                { file: narrative, holds: null },
                { file: tables, holds: null },
            ]);
        });
    });
    it('refuses a --db that names no database, in one line', async () => {
        const cases = [
            [['--db', join(scratch, 'no', 'such', 'folder', 'x.duckdb')], /目录不存在.* \/ the folder of --db does not exist/],
            [['--db', 'mysql://localhost/x'], /不支持的数据库地址.* \/ unsupported database/],
            [['--db', scratch], /是一个目录.* \/ --db is a directory/],
            [['--db', 'postgres://nobody@127.0.0.1:1/x'], /无法连接数据库 .* \/ cannot connect to/],
        ];
        for (const [args, message] of cases) {
            const { code, stderr } = await inProcess('ingest', join(seedDir, seedFiles()[0]), ...args);
            assert.equal(code, 2, stderr);
            assert.equal(stderr.trim().split('\n').length, 1, stderr);
            assert.match(stderr, message);
        }
        const shared = await inProcess('ingest', scratch, '--shared', '--db', join(scratch, 'x.duckdb'));
        assert.equal(shared.code, 2);
        assert.match(shared.stderr, /--shared 需要 PostgreSQL/);
    });
});
//# sourceMappingURL=ingest.test.js.map