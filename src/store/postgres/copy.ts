/**
 * Records as COPY … FROM STDIN text: one line per row, tab between values, \N for null, and the
 * text escapes COPY reads (backslash, tab, newline, carriage return). Amounts go out as exact
 * decimal strings.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { formatScaled } from '../../model/amount.js';
import { type ColumnType, tableDef } from '../schema.js';
import type { Value } from '../values.js';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function field(type: ColumnType, value: Value): string {
  if (value === null) return '\\N';
  if (type === 'decimal') return formatScaled(value as bigint, 6);
  if (type === 'bool') return value ? 't' : 'f';
  if (type === 'timestamp') return (value as Date).toISOString();
  return String(value).replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] as string);
}

/** The rows of one table as COPY text, a few hundred rows per chunk. */
function* lines(types: ColumnType[], rows: Value[][]): Generator<string> {
  let chunk = '';
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Value[];
    chunk += `${types.map((t, i) => field(t, row[i] ?? null)).join('\t')}\n`;
    if (r % 500 === 499) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

export async function copyRows(client: PoolClient, table: string, rows: Value[][]): Promise<void> {
  const { from } = await import('pg-copy-streams');
  const def = tableDef(table);
  const columns = def.columns.map(([name]) => `"${name}"`).join(', ');
  const sink = client.query(from(`COPY ${table} (${columns}) FROM STDIN`));
  await pipeline(
    Readable.from(
      lines(
        def.columns.map(([, type]) => type),
        rows,
      ),
    ),
    sink,
  );
}
