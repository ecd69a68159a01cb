/**
 * The store: every document's tables, rows, cells, narrative, claims and findings in a database,
 * behind one interface with two engines — DuckDB in a file (the default, no server) and
 * PostgreSQL (shared deployments). A query is written once, in the SQL both engines speak, and
 * given to `query`; the engines differ only inside this folder. Drivers load when a store is
 * opened, so `check` never pays for them.
 */
import type { PartKey } from '../model/document-set.js';
import type { BudgetDocument, Finding, Phase } from '../model/types.js';
import type { DeletedDocument } from './delete.js';
import type { Dialect } from './migrations.js';
import type { BatchItem } from './put-batch.js';

/** A document as listed: what identifies it, and its findings counted. */
export interface StoredDocument {
  id: number;
  sha256: string;
  title: string;
  department: string | null;
  region: string | null;
  level: string | null;
  year: number | null;
  phase: Phase;
  profile: string;
  sourceFile: string;
  version: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface PutOptions {
  /** The disclosure profile the document was checked against (src/rules/profiles.ts). */
  profile: string;
  runId?: number | null;
  /**
   * Documents stored from some of this document's files alone (one part of a disclosure in two
   * files, stored before the other was given) are replaced: this one is their next version and
   * they are deleted. Without it the earlier document is answered, as for a file stored already.
   */
  supersedeParts?: boolean;
}

export interface PutResult {
  id: number;
  /** False when a document with this sha256 (or one of its files) was already stored. */
  stored: boolean;
  version: number;
}

export interface Failure {
  file: string;
  sha256: string | null;
  zh: string;
  en: string;
  runId?: number | null;
}

export interface RunCounts {
  files: number;
  stored: number;
  skipped: number;
  failed: number;
}

export interface DocumentFilter {
  id?: number;
  department?: string;
  region?: string;
  year?: number;
}

/** One row of a query: integers as numbers, exact decimals as strings, text, booleans, null. */
export type QueryRow = Record<string, string | number | boolean | null>;

export interface Store {
  readonly dialect: Dialect;
  /** The file or the server (without password) the store is in. */
  readonly location: string;
  /** Applies the migrations not applied yet; returns the schema version. */
  migrate(): Promise<number>;
  /** The document a file with this sha256 belongs to, if stored. */
  hasDocument(sha256: string): Promise<StoredDocument | null>;
  /** Stores the document and its findings in one transaction: all of it, or nothing. */
  putDocument(doc: BudgetDocument, findings: Finding[], options: PutOptions): Promise<PutResult>;
  /**
   * Stores several documents in one transaction (all of them, or none), as putDocument would one
   * by one, their rows appended together (put-batch.ts): for bulk loads such as the bench's.
   */
  putDocuments(items: BatchItem[]): Promise<PutResult[]>;
  /**
   * Deletes a document and every row of it in one transaction; the files it was read from (as the
   * store named them), or null when there is no such document.
   */
  deleteDocument(id: number): Promise<DeletedDocument | null>;
  recordFailure(failure: Failure): Promise<void>;
  listDocuments(filter?: DocumentFilter): Promise<StoredDocument[]>;
  listFailures(): Promise<Array<Failure & { failedAt: string }>>;
  startRun(jobs: number): Promise<number>;
  finishRun(id: number, counts: RunCounts): Promise<void>;
  /** A read-only SQL query with $1, $2 … parameters; anything but a query is refused. */
  query(sql: string, params?: Array<string | number | boolean | null>): Promise<QueryRow[]>;
  /** Work handed out to several processes (PostgreSQL only). */
  readonly queue: WorkQueue | null;
  close(): Promise<void>;
}

/**
 * Files to ingest as rows of ingest_jobs, handed out with SELECT … FOR UPDATE SKIP LOCKED: a
 * claimed file stays locked by its process's open transaction until its document is stored (in
 * that same transaction) or its failure recorded; a process that dies releases it to another.
 * Each claim is also counted in ingest_attempts, committed apart, so that a file every process
 * dies reading is given up after a few. One part of a disclosure in several files waits in the
 * queue (state `part`) for the other, which joins it when read.
 */
export interface WorkQueue {
  /** Adds the files whose content is not queued yet. */
  enqueue(files: Array<{ file: string; sha256: string }>): Promise<void>;
  /** The next file nobody holds, or null when none is left. */
  claim(worker: string): Promise<Claim | null>;
  /**
   * When no file is left to read (none pending, held or not): the next part still waiting for its
   * other part, which no file left can bring any more; null when there is none, or files are left.
   */
  claimWaiting(worker: string): Promise<Claim | null>;
}

export interface Claim {
  readonly file: string;
  readonly sha256: string;
  /** Earlier claims of this file that never finished: the processes holding them died. */
  readonly unfinished: number;
  /** The claim is of a part that waited for its other part (claimWaiting). */
  readonly waited: boolean;
  /**
   * A waiting part of the given department-year-phase and holding, taken into this claim (locked
   * with it, done or failed with it), or null when none waits that another process does not hold.
   */
  partner(part: PartKey): Promise<{ file: string; sha256: string } | null>;
  /** Leaves the file in the queue as a part waiting for its other part, and ends the claim. */
  wait(part: PartKey): Promise<void>;
  /**
   * Stores the document and marks the file (and a partner taken) done, in the claim's
   * transaction; when the document cannot be stored the claim stays open, for `fail`.
   */
  put(doc: BudgetDocument, findings: Finding[], options: PutOptions): Promise<PutResult>;
  /** The file is already stored: marks it done. */
  skip(): Promise<void>;
  /** Records the failures and marks the file (and a partner taken) failed. */
  fail(failures: Failure[]): Promise<void>;
  /** Gives the file back (a process stopping before it is done). */
  release(): Promise<void>;
}
