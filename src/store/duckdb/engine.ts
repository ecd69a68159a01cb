/**
 * The embedded engine: DuckDB in one file (`budgetlens.duckdb` by default), one connection, one
 * writer. Loaded only when a store is opened (`@duckdb/node-api` is a native module).
 */
import type { DuckDBConnection, DuckDBInstance, DuckDBResultReader } from '@duckdb/node-api';
import type { Engine, Param, Session } from '../engine.js';
import { StoreError } from '../errors.js';
import type { QueryRow } from '../store.js';
import { Appenders } from './appender.js';

type Api = typeof import('@duckdb/node-api');

/** Rows as plain values: decimals as exact strings, 64-bit integers as numbers. */
function rowsOf(reader: DuckDBResultReader, api: Api): QueryRow[] {
  const names = reader.columnNames();
  const wide = reader
    .columnTypes()
    .map((t, i) =>
      [api.DuckDBTypeId.BIGINT, api.DuckDBTypeId.HUGEINT, api.DuckDBTypeId.UBIGINT].includes(t.typeId) ? names[i] : null,
    )
    .filter((n): n is string => n !== null);
  const rows = reader.getRowObjectsJson() as QueryRow[];
  if (wide.length > 0) for (const row of rows) for (const name of wide) if (row[name] !== null) row[name] = Number(row[name]);
  return rows;
}

/**
 * DuckDB caches the database's blocks up to its memory limit (80% of the machine by default), so
 * a long ingest would grow with the store; a fixed limit keeps it flat, and larger queries spill
 * to disk. BUDGETLENS_DUCKDB_MEMORY sets another (DuckDB's notation: 2GB). The write-ahead log is
 * checkpointed into the file every 256 MB instead of every 16 MB: a document is about 1 MB of log,
 * and checkpointing every few documents took about a third of the commits (150 seed documents on
 * this machine, loaded: 8.9 s of commits against 5.9 s).
 */
function memoryLimit(): string {
  return process.env.BUDGETLENS_DUCKDB_MEMORY ?? '512MB';
}

/**
 * Connections for queries beside the one that writes: a comparison's independent queries (one
 * department across years asks four) run at once instead of one after another, and a query does
 * not wait for a document being stored. Each sees what is committed (DuckDB's MVCC).
 */
const READERS = 3;

/** One connection's work in order: DuckDB runs one statement at a time per connection. */
class Serial {
  private busy: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.busy.then(work, work);
    this.busy = next.catch(() => {});
    return next;
  }
}

export class DuckDBEngine implements Engine {
  readonly dialect = 'duckdb' as const;
  private readonly writer = new Serial();
  private readonly appenders: Appenders;
  private readonly readers: Array<{ connection: Promise<DuckDBConnection>; serial: Serial }> = [];
  private nextReader = 0;

  private constructor(
    readonly location: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly api: Api,
  ) {
    this.appenders = new Appenders(connection, api);
  }

  static async open(path: string): Promise<DuckDBEngine> {
    const api = await import('@duckdb/node-api');
    try {
      const instance = await api.DuckDBInstance.create(path, { memory_limit: memoryLimit(), checkpoint_threshold: '256MB' });
      return new DuckDBEngine(path, instance, await instance.connect(), api);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new StoreError(`无法打开数据库 ${path}（${detail}）`, `cannot open the database ${path} (${detail})`);
    }
  }

  /** One thing at a time on the writing connection: a transaction is never interleaved with another. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    return this.writer.run(work);
  }

  /** The next reading connection, round robin, made when first needed. */
  private reader(): { connection: Promise<DuckDBConnection>; serial: Serial } {
    if (this.readers.length < READERS) {
      const made = { connection: this.instance.connect(), serial: new Serial() };
      this.readers.push(made);
      return made;
    }
    const reader = this.readers[this.nextReader++ % READERS];
    return reader as { connection: Promise<DuckDBConnection>; serial: Serial };
  }

  private session(): Session {
    const all = async (sql: string, params: Param[] = []) =>
      rowsOf(await this.connection.runAndReadAll(sql, params as never), this.api);
    return {
      all,
      run: async (sql, params = []) => {
        await this.connection.run(sql, params as never);
      },
      lock: async () => {},
      write: (records) => this.appenders.write(records),
    };
  }

  transaction<T>(work: (session: Session) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      await this.connection.run('BEGIN TRANSACTION');
      try {
        const result = await work(this.session());
        await this.connection.run('COMMIT');
        return result;
      } catch (error) {
        this.appenders.discard();
        // A COMMIT that failed has ended the transaction already.
        await this.connection.run('ROLLBACK').catch(() => {});
        throw error;
      }
    });
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    // The file is locked by this process: no other can migrate it at the same time.
    return work();
  }

  readOnly(sql: string, params: Param[] = []): Promise<QueryRow[]> {
    const reader = this.reader();
    return reader.serial.run(async () => {
      const statement = await (await reader.connection).prepare(sql);
      if (statement.statementType !== this.api.StatementType.SELECT)
        throw new StoreError('只允许查询语句（SELECT）', 'only queries (SELECT) are allowed here');
      if (params.length > 0) statement.bind(params as never);
      return rowsOf(await statement.runAndReadAll(), this.api);
    });
  }

  queue(): null {
    return null;
  }

  async close(): Promise<void> {
    for (const reader of this.readers.splice(0)) await reader.serial.run(async () => (await reader.connection).closeSync());
    await this.serial(async () => {
      this.appenders.close();
      this.connection.closeSync();
      this.instance.closeSync();
    });
  }
}
