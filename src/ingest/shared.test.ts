/**
 * Ingest into PostgreSQL, alone and as several processes sharing the work through the queue
 * (SELECT … FOR UPDATE SKIP LOCKED): three processes on one folder, one of them killed while it
 * works, store each document once and lose none. Skips without a test server (BUDGETLENS_TEST_PG).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freshDatabase, PG_SKIP } from '../store/postgres/testing.js';
import { cli, cliProcess, seedCopies, until, withStore } from './testing.js';

const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-shared-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

if (PG_SKIP) describe('budgetlens ingest (PostgreSQL)', () => it('needs a server', { skip: PG_SKIP }, () => {}));
else {
  const alone = await freshDatabase('ingest');
  const shared = await freshDatabase('shared');

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
      const exited = (p: (typeof processes)[number]) => p.child.exitCode !== null || p.child.signalCode !== null;
      await until(() => processes.slice(1).some((p) => p.lines().length >= 1 || exited(p)) || exited(victim));
      victim.child.kill('SIGKILL');
      await victim.done;
      assert.equal(victim.child.signalCode, 'SIGKILL', 'the victim was killed before it was done');
      const codes = await Promise.all(processes.map((p) => p.done));
      // The survivors finish: 1 when they stored a seed (each has error findings), 0 when the others took every file.
      for (const code of codes.slice(1)) assert.ok(code === 0 || code === 1, `exit ${code}`);
      await withStore({ dialect: 'postgres', url: shared }, async (store) => {
        const [tally] = await store.query(
          'SELECT COUNT(*) AS documents, COUNT(DISTINCT sha256) AS distinct_files FROM documents',
        );
        assert.deepEqual(tally, { documents: files.length, distinct_files: files.length });
        const jobs = await store.query('SELECT state, COUNT(*) AS n FROM ingest_jobs GROUP BY state');
        assert.deepEqual(jobs, [{ state: 'done', n: files.length }]);
        assert.deepEqual(await store.listFailures(), []);
        // Each process stored some of the folder: the work was shared.
        const workers = await store.query('SELECT COUNT(DISTINCT worker) AS n FROM ingest_jobs');
        assert.ok(Number(workers[0]?.n) >= 2);
      });
    });
  });
}
