/**
 * Work shared by several ingest processes through PostgreSQL: files are rows of ingest_jobs, and a
 * process takes the next one with SELECT … FOR UPDATE SKIP LOCKED (pg-boss's way), keeping its
 * transaction open while it reads the file and storing the document in that same transaction.
 * Each file is stored once; a process that dies releases its file (the server ends its
 * transaction) to the next process that asks.
 */
import type { Pool, PoolClient } from 'pg';
import type { BudgetDocument, Finding } from '../../model/types.js';
import { putInSession } from '../put.js';
import { insertFailure } from '../sql-store.js';
import type { Claim, Failure, PutOptions, PutResult, WorkQueue } from '../store.js';
import { sessionOf } from './engine.js';

const NEXT = `SELECT sha256, file FROM ingest_jobs WHERE state = 'pending'
  ORDER BY file LIMIT 1 FOR UPDATE SKIP LOCKED`;

class PostgresClaim implements Claim {
  private open = true;

  constructor(
    private readonly client: PoolClient,
    readonly file: string,
    readonly sha256: string,
    private readonly worker: string,
  ) {}

  private async finish(state: 'done' | 'failed', work?: () => Promise<unknown>): Promise<void> {
    if (!this.open) throw new Error(`claim of ${this.file} already finished`);
    this.open = false;
    try {
      await work?.();
      await this.client.query(
        'UPDATE ingest_jobs SET state = $2, worker = $3, attempts = attempts + 1, updated_at = CURRENT_TIMESTAMP WHERE sha256 = $1',
        [this.sha256, state, this.worker],
      );
      await this.client.query('COMMIT');
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      this.client.release();
    }
  }

  /** A document that cannot be stored is undone alone (to a savepoint): the claim stays open to record why. */
  async put(doc: BudgetDocument, findings: Finding[], options: PutOptions): Promise<PutResult> {
    await this.client.query('SAVEPOINT put');
    let result: PutResult;
    try {
      result = await putInSession(sessionOf(this.client), doc, findings, options);
    } catch (error) {
      await this.client.query('ROLLBACK TO SAVEPOINT put');
      throw error;
    }
    await this.finish('done');
    return result;
  }

  skip(): Promise<void> {
    return this.finish('done');
  }

  fail(failure: Failure): Promise<void> {
    return this.finish('failed', () => insertFailure(sessionOf(this.client), failure));
  }

  async release(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.client.query('ROLLBACK').catch(() => {});
    this.client.release();
  }
}

export class PostgresQueue implements WorkQueue {
  constructor(private readonly pool: Pool) {}

  async enqueue(files: Array<{ file: string; sha256: string }>): Promise<void> {
    if (files.length === 0) return;
    // ON CONFLICT DO NOTHING does not wait for rows other processes hold.
    await this.pool.query(
      `INSERT INTO ingest_jobs (sha256, file, state, attempts, updated_at)
       SELECT * FROM UNNEST($1::text[], $2::text[]) AS j(sha256, file), (VALUES ('pending', 0, CURRENT_TIMESTAMP)) AS v
       ON CONFLICT (sha256) DO NOTHING`,
      [files.map((f) => f.sha256), files.map((f) => f.file)],
    );
  }

  async claim(worker: string): Promise<Claim | null> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(NEXT);
      const job = rows[0] as { sha256: string; file: string } | undefined;
      if (!job) {
        await client.query('ROLLBACK');
        client.release();
        return null;
      }
      // Only locked here, not updated: an updated row would make every INSERT … ON CONFLICT of
      // another process that queues the same file wait for this transaction.
      return new PostgresClaim(client, job.file, job.sha256, worker);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      client.release();
      throw error;
    }
  }
}
