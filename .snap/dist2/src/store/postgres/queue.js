import { putInSession } from '../put.js';
import { insertFailure } from '../sql-store.js';
import { sessionOf } from './engine.js';
const NEXT = `SELECT sha256, file FROM ingest_jobs WHERE state = 'pending'
  ORDER BY file LIMIT 1 FOR UPDATE SKIP LOCKED`;
/** Any file left to read, held by a process or not (a lock is no update: the row still says pending). */
const ANY_PENDING = "SELECT 1 FROM ingest_jobs WHERE state = 'pending' LIMIT 1";
/**
 * A waiting part whose other part, if one waits too, comes after it: only the first of two parts
 * is handed out, so that two processes never hold one each and store them apart.
 */
const NEXT_WAITING = `SELECT j.sha256, j.file FROM ingest_jobs j WHERE j.state = 'part' AND NOT EXISTS (
    SELECT 1 FROM ingest_jobs o WHERE o.state = 'part' AND o.group_key = j.group_key AND o.holds <> j.holds AND o.file < j.file)
  ORDER BY j.file LIMIT 1 FOR UPDATE SKIP LOCKED`;
const PARTNER = `SELECT sha256, file FROM ingest_jobs WHERE state = 'part' AND group_key = $1 AND holds = $2
  ORDER BY file LIMIT 1 FOR UPDATE SKIP LOCKED`;
class PostgresClaim {
    client;
    file;
    sha256;
    worker;
    unfinished;
    waited;
    open = true;
    partners = [];
    constructor(client, file, sha256, worker, unfinished, waited) {
        this.client = client;
        this.file = file;
        this.sha256 = sha256;
        this.worker = worker;
        this.unfinished = unfinished;
        this.waited = waited;
    }
    /** Ends the claim: its job (and a partner's) in the state given, its attempt finished. */
    async finish(state, work, part) {
        if (!this.open)
            throw new Error(`claim of ${this.file} already finished`);
        this.open = false;
        try {
            await work?.();
            const jobs = [this.sha256, ...this.partners.map((p) => p.sha256)];
            await this.client.query(`UPDATE ingest_jobs j SET state = $2, worker = $3, group_key = $4, holds = $5, updated_at = CURRENT_TIMESTAMP,
                attempts = (SELECT COUNT(*) FROM ingest_attempts a WHERE a.sha256 = j.sha256)
          WHERE j.sha256 = ANY($1::text[])`, [jobs, state, this.worker, part?.key ?? null, part?.holds ?? null]);
            await this.client.query(`UPDATE ingest_attempts SET finished_at = CURRENT_TIMESTAMP
          WHERE sha256 = $1 AND worker = $2 AND finished_at IS NULL`, [this.sha256, this.worker]);
            await this.client.query('COMMIT');
        }
        catch (error) {
            await this.client.query('ROLLBACK').catch(() => { });
            throw error;
        }
        finally {
            this.client.release();
        }
    }
    async partner(part) {
        const { rows } = await this.client.query(PARTNER, [part.key, part.holds]);
        const job = rows[0];
        if (job)
            this.partners.push(job);
        return job ?? null;
    }
    wait(part) {
        return this.finish('part', undefined, part);
    }
    /** A document that cannot be stored is undone alone (to a savepoint): the claim stays open to record why. */
    async put(doc, findings, options) {
        await this.client.query('SAVEPOINT put');
        let result;
        try {
            result = await putInSession(sessionOf(this.client), doc, findings, options);
        }
        catch (error) {
            await this.client.query('ROLLBACK TO SAVEPOINT put');
            throw error;
        }
        await this.finish('done');
        return result;
    }
    skip() {
        return this.finish('done');
    }
    fail(failures) {
        return this.finish('failed', async () => {
            for (const failure of failures)
                await insertFailure(sessionOf(this.client), failure);
        });
    }
    async release() {
        if (!this.open)
            return;
        this.open = false;
        await this.client.query('ROLLBACK').catch(() => { });
        this.client.release();
    }
}
export class PostgresQueue {
    pool;
    constructor(pool) {
        this.pool = pool;
    }
    async enqueue(files) {
        if (files.length === 0)
            return;
        // ON CONFLICT DO NOTHING does not wait for rows other processes hold.
        await this.pool.query(`INSERT INTO ingest_jobs (sha256, file, state, attempts, updated_at)
       SELECT * FROM UNNEST($1::text[], $2::text[]) AS j(sha256, file), (VALUES ('pending', 0, CURRENT_TIMESTAMP)) AS v
       ON CONFLICT (sha256) DO NOTHING`, [files.map((f) => f.sha256), files.map((f) => f.file)]);
    }
    claim(worker) {
        return this.take(worker, async (client) => (await client.query(NEXT)).rows[0], false);
    }
    claimWaiting(worker) {
        return this.take(worker, async (client) => {
            if ((await client.query(ANY_PENDING)).rows.length > 0)
                return undefined;
            return (await client.query(NEXT_WAITING)).rows[0];
        }, true);
    }
    /** A job locked in a transaction left open for the claim, its attempt counted and committed apart. */
    async take(worker, next, waited) {
        const client = await this.pool.connect();
        try {
            await client.query('BEGIN');
            const job = await next(client);
            if (!job) {
                await client.query('ROLLBACK');
                client.release();
                return null;
            }
            const { rows } = await this.pool.query(`WITH earlier AS (SELECT COUNT(*) AS n FROM ingest_attempts WHERE sha256 = $1 AND finished_at IS NULL),
              counted AS (INSERT INTO ingest_attempts (sha256, worker, started_at) VALUES ($1, $2, CURRENT_TIMESTAMP))
         SELECT n FROM earlier`, [job.sha256, worker]);
            return new PostgresClaim(client, job.file, job.sha256, worker, Number(rows[0]?.n ?? 0), waited);
        }
        catch (error) {
            await client.query('ROLLBACK').catch(() => { });
            client.release();
            throw error;
        }
    }
}
//# sourceMappingURL=queue.js.map