/**
 * Ingest into PostgreSQL, alone and as several processes sharing the work through the queue
 * (SELECT … FOR UPDATE SKIP LOCKED): three processes on one folder, one of them killed while it
 * works, store each document once and lose none. Skips without a test server (BUDGETLENS_TEST_PG).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freshDatabase, PG_SKIP } from '../store/postgres/testing.js';
import { MAX_ATTEMPTS } from './shared.js';
import { cli, cliProcess, seedCopies, seedDir, seedFiles, twoFileDisclosure, until, withStore } from './testing.js';
const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-shared-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
if (PG_SKIP)
    describe('budgetlens ingest (PostgreSQL)', () => it('needs a server', { skip: PG_SKIP }, () => { }));
else {
    const alone = await freshDatabase('ingest');
    const shared = await freshDatabase('shared');
    const parts = await freshDatabase('parts');
    const apart = await freshDatabase('apart');
    const poisoned = await freshDatabase('poisoned');
    describe('budgetlens ingest (PostgreSQL)', () => {
        it('stores a folder once, as with DuckDB', async () => {
            const dir = join(scratch, 'alone');
            const files = seedCopies(dir, 1);
            const first = cli('ingest', dir, '--db', alone, '--jobs', '1');
            assert.match(first.stdout, new RegExp(`${files.length} stored, 0 already stored, 0 failed`), first.stderr);
            const again = cli('ingest', dir, '--db', alone, '--jobs', '1');
            assert.match(again.stdout, new RegExp(`0 stored, ${files.length} already stored, 0 failed`), again.stderr);
        });
        it('three processes share one folder: each document stored once, none lost, a killed one’s file taken over', async () => {
            const dir = join(scratch, 'shared');
            const files = seedCopies(dir, 10);
            const args = ['ingest', dir, '--db', shared, '--shared', '--jobs', '1'];
            // The victim starts first (so it has work), the others join while it runs, and it is killed
            // when they have begun: the files it holds go back to the queue.
            const victim = cliProcess(...args);
            await until(() => victim.lines().length >= 1);
            const processes = [victim, cliProcess(...args), cliProcess(...args)];
            const exited = (p) => p.child.exitCode !== null || p.child.signalCode !== null;
            await until(() => processes.slice(1).some((p) => p.lines().length >= 1 || exited(p)) || exited(victim));
            victim.child.kill('SIGKILL');
            await victim.done;
            assert.equal(victim.child.signalCode, 'SIGKILL', 'the victim was killed before it was done');
            const codes = await Promise.all(processes.map((p) => p.done));
            // The survivors finish: 1 when they stored a seed (each has error findings), 0 when the others took every file.
            for (const code of codes.slice(1))
                assert.ok(code === 0 || code === 1, `exit ${code}`);
            await withStore({ dialect: 'postgres', url: shared }, async (store) => {
                const [tally] = await store.query('SELECT COUNT(*) AS documents, COUNT(DISTINCT sha256) AS distinct_files FROM documents');
                assert.deepEqual(tally, { documents: files.length, distinct_files: files.length });
                const jobs = await store.query('SELECT state, COUNT(*) AS n FROM ingest_jobs GROUP BY state');
                assert.deepEqual(jobs, [{ state: 'done', n: files.length }]);
                assert.deepEqual(await store.listFailures(), []);
                // Each process stored some of the folder: the work was shared.
                const workers = await store.query('SELECT COUNT(DISTINCT worker) AS n FROM ingest_jobs');
                assert.ok(Number(workers[0]?.n) >= 2);
            });
        });
        it('joins the two files of a disclosure as one document, as a single process does; --no-group does not', async () => {
            const dir = join(scratch, 'parts');
            const [narrative, tables] = twoFileDisclosure(dir);
            seedCopies(join(dir, '其他'), 1);
            const args = ['ingest', dir, '--shared', '--jobs', '1'];
            const together = cli(...args, '--db', parts);
            assert.notEqual(together.code, 2, together.stdout);
            cli(...args, '--db', apart, '--no-group');
            const filesOf = (store) => store.query(`SELECT f.file, f.holds FROM document_files f JOIN documents d ON d.id = f.document_id
            WHERE d.department = '北京市财政局' ORDER BY f.document_id, f.part_no`);
            await withStore({ dialect: 'postgres', url: parts }, async (store) => {
                assert.equal((await store.listDocuments()).length, seedFiles().length + 1);
                assert.deepEqual(await filesOf(store), [
                    { file: narrative, holds: 'narrative' },
                    { file: tables, holds: 'tables' },
                ]);
                const jobs = await store.query('SELECT state, COUNT(*) AS n FROM ingest_jobs GROUP BY state');
                assert.deepEqual(jobs, [{ state: 'done', n: seedFiles().length + 2 }]);
            });
            await withStore({ dialect: 'postgres', url: apart }, async (store) => {
                assert.equal((await store.listDocuments()).length, seedFiles().length + 2);
                // Stored in the order the lanes read them: compared by path.
                const byPath = (await filesOf(store)).sort((a, b) => (String(a.file) < String(b.file) ? -1 : 1));
                assert.deepEqual(byPath, [
                    { file: narrative, holds: null },
                    { file: tables, holds: null },
                ]);
            });
        });
        it(`gives up a file every process dies reading after ${MAX_ATTEMPTS} attempts, and records why`, async () => {
            // A long file (a seed's text thirty times over) takes a while to read: each process that
            // claims it is killed while it reads, as a file that crashes the reader would kill it.
            const dir = join(scratch, 'poisoned');
            mkdirSync(dir, { recursive: true });
            const poison = join(dir, 'a-long.txt');
            writeFileSync(poison, readFileSync(join(seedDir, seedFiles()[0]), 'utf8').repeat(30));
            const args = ['ingest', poison, '--db', poisoned, '--shared', '--jobs', '1'];
            await withStore({ dialect: 'postgres', url: poisoned }, async (store) => {
                const open = (pid) => store.query('SELECT COUNT(*) AS n FROM ingest_attempts WHERE worker LIKE $1 AND finished_at IS NULL', [`%:${pid}`]);
                for (let i = 0; i < MAX_ATTEMPTS; i++) {
                    const victim = cliProcess(...args);
                    let claimed = false;
                    const polling = (async () => {
                        while (!claimed && victim.child.exitCode === null) {
                            claimed = Number((await open(victim.child.pid))[0]?.n) > 0;
                            if (!claimed)
                                await new Promise((r) => setTimeout(r, 20));
                        }
                    })();
                    await until(() => claimed || victim.child.exitCode !== null);
                    await polling;
                    victim.child.kill('SIGKILL');
                    await victim.done;
                    assert.equal(victim.child.signalCode, 'SIGKILL', `process ${i + 1} was killed while it read the file`);
                }
                const last = cli(...args);
                assert.equal(last.code, 2, last.stdout);
                const [failure, ...more] = await store.listFailures();
                assert.equal(more.length, 0);
                assert.equal(failure?.file, poison);
                assert.match(`${failure?.zh} / ${failure?.en}`, new RegExp(`已有 ${MAX_ATTEMPTS} 个进程.*${MAX_ATTEMPTS} processes stopped`));
                const jobs = await store.query('SELECT state, attempts FROM ingest_jobs');
                assert.deepEqual(jobs, [{ state: 'failed', attempts: MAX_ATTEMPTS + 1 }]);
                assert.equal((await store.listDocuments()).length, 0);
            });
        });
    });
}
//# sourceMappingURL=shared.test.js.map