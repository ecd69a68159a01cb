/**
 * The shared engine: PostgreSQL (`--db postgres://…`), a pool of connections, bulk writes with
 * COPY. Loaded only when a store is opened.
 */
import type { Pool, PoolClient, QueryConfig } from 'pg';
import type { Engine, Param, Session } from '../engine.js';
import { StoreError } from '../errors.js';
import type { QueryRow, WorkQueue } from '../store.js';
import type { Records } from '../values.js';
import { copyRows } from './copy.js';
import { PostgresQueue } from './queue.js';

/** int8 (counts, ids) as numbers; numeric and timestamps as the exact text the server sends. */
const TYPES = {
  getTypeParser: (oid: number) => {
    if (oid === 20) return (text: string) => Number(text);
    if (oid === 16) return (text: string) => text === 't';
    if (oid === 23 || oid === 21) return (text: string) => Number(text);
    return (text: string) => text;
  },
};

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] || error.name : String(error);
}

export function sessionOf(client: PoolClient): Session {
  return {
    all: async (sql, params = []) => (await client.query({ text: sql, values: params as unknown[] })).rows as QueryRow[],
    run: async (sql, params = []) => {
      await client.query({ text: sql, values: params as unknown[] });
    },
    lock: async (key) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    },
    write: async (records: Records) => {
      for (const [table, rows] of records) if (rows.length > 0) await copyRows(client, table, rows);
    },
  };
}

/** Runs `work` in a transaction on `client`: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(client: PoolClient, work: (s: Session) => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work(sessionOf(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** A query sent with the extended protocol even without parameters (pg's `queryMode`, not in its types). */
function extended(sql: string, params: Param[]): QueryConfig {
  return { text: sql, values: params as unknown[], queryMode: 'extended' } as QueryConfig;
}

export class PostgresEngine implements Engine {
  readonly dialect = 'postgres' as const;

  private constructor(
    readonly location: string,
    private readonly pool: Pool,
    private readonly reads: Pool,
  ) {}

  /**
   * Two pools: one for transactions that write, one for queries, whose connections open every
   * transaction read-only (`default_transaction_read_only`), so that a query is one round trip to
   * the server instead of three (BEGIN READ ONLY, the query, COMMIT), and a statement that writes
   * is still refused.
   */
  static async open(url: string, connections = 4): Promise<PostgresEngine> {
    const pg = (await import('pg')).default;
    const pool = new pg.Pool({ connectionString: url, max: connections, types: TYPES });
    const reads = new pg.Pool({
      connectionString: url,
      max: connections,
      types: TYPES,
      options: '-c default_transaction_read_only=on',
    });
    // An idle connection the server ends (a restart) must not end the process.
    pool.on('error', () => {});
    reads.on('error', () => {});
    const location = redact(url);
    try {
      const client = await pool.connect();
      client.release();
    } catch (error) {
      await Promise.all([pool.end().catch(() => {}), reads.end().catch(() => {})]);
      throw new StoreError(`无法连接数据库 ${location}（${detail(error)}）`, `cannot connect to ${location} (${detail(error)})`);
    }
    return new PostgresEngine(location, pool, reads);
  }

  async transaction<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await inTransaction(client, work);
    } finally {
      client.release();
    }
  }

  /** Migrations one process at a time: a session lock held while they run. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock(hashtext('budgetlens:migrate'))");
      try {
        return await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock(hashtext('budgetlens:migrate'))");
      }
    } finally {
      client.release();
    }
  }

  /** A read-only connection, and the extended protocol, which takes one statement only. */
  async readOnly(sql: string, params: Param[] = []): Promise<QueryRow[]> {
    try {
      return (await this.reads.query(extended(sql, params))).rows as QueryRow[];
    } catch (error) {
      if ((error as { code?: string }).code === '25006')
        throw new StoreError('只允许查询语句（SELECT）', 'only queries (SELECT) are allowed here');
      throw error;
    }
  }

  queue(): WorkQueue {
    return new PostgresQueue(this.pool);
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.reads.end()]);
  }
}
