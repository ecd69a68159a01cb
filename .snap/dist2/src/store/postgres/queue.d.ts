/**
 * Work shared by several ingest processes through PostgreSQL: files are rows of ingest_jobs, and a
 * process takes the next one with SELECT … FOR UPDATE SKIP LOCKED (pg-boss's way), keeping its
 * transaction open while it reads the file and storing the document in that same transaction.
 * Each file is stored once; a process that dies releases its file (the server ends its
 * transaction) to the next process that asks. Every claim is counted in ingest_attempts, committed
 * at once through another connection (the job's row is locked, not updated: an updated row would
 * make every process queueing the same file wait for the claim), and marked finished with the job.
 */
import type { Pool } from 'pg';
import type { Claim, WorkQueue } from '../store.js';
export declare class PostgresQueue implements WorkQueue {
    private readonly pool;
    constructor(pool: Pool);
    enqueue(files: Array<{
        file: string;
        sha256: string;
    }>): Promise<void>;
    claim(worker: string): Promise<Claim | null>;
    claimWaiting(worker: string): Promise<Claim | null>;
    /** A job locked in a transaction left open for the claim, its attempt counted and committed apart. */
    private take;
}
