/**
 * DuckDB's Appender for the store's tables: one per table, kept open across documents; rows go
 * into its buffer and reach the table at flush, inside the connection's open transaction (a
 * rollback drops them). Measured about 50× faster than parameterised INSERTs.
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { type ColumnType, tableDef } from '../schema.js';
import type { Records, Value } from '../values.js';

type Api = typeof import('@duckdb/node-api');

function append(appender: DuckDBAppender, api: Api, type: ColumnType, value: Value): void {
  if (value === null) appender.appendNull();
  else if (type === 'bigint') appender.appendBigInt(BigInt(value as number | bigint));
  else if (type === 'int') appender.appendInteger(Number(value));
  else if (type === 'bool') appender.appendBoolean(Boolean(value));
  else if (type === 'decimal') appender.appendDecimal(new api.DuckDBDecimalValue(value as bigint, 20, 6));
  else if (type === 'timestamp')
    appender.appendTimestamp(new api.DuckDBTimestampValue(BigInt((value as Date).getTime()) * 1000n));
  else appender.appendVarchar(String(value));
}

export class Appenders {
  private readonly open = new Map<string, DuckDBAppender>();

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly api: Api,
  ) {}

  /** Appends every record and flushes, so the rows are part of the current transaction. */
  async write(records: Records): Promise<void> {
    const used: DuckDBAppender[] = [];
    for (const [table, rows] of records) {
      if (rows.length === 0) continue;
      const appender = await this.appender(table);
      const types = tableDef(table).columns.map(([, type]) => type);
      for (const row of rows) {
        for (let i = 0; i < types.length; i++) append(appender, this.api, types[i] as ColumnType, row[i] ?? null);
        appender.endRow();
      }
      used.push(appender);
    }
    for (const appender of used) appender.flushSync();
  }

  /** After a failed write: the appenders may hold rows or be broken; they are dropped. */
  discard(): void {
    for (const appender of this.open.values()) {
      try {
        appender.clear();
        appender.closeSync();
      } catch {
        // An appender that failed to flush cannot be closed cleanly; it is dropped all the same.
      }
    }
    this.open.clear();
  }

  close(): void {
    for (const appender of this.open.values()) appender.closeSync();
    this.open.clear();
  }

  private async appender(table: string): Promise<DuckDBAppender> {
    let appender = this.open.get(table);
    if (!appender) {
      appender = await this.connection.createAppender(table);
      this.open.set(table, appender);
    }
    return appender;
  }
}
