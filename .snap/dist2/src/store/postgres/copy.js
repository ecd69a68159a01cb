/**
 * Records as COPY … FROM STDIN text: one line per row, tab between values, \N for null, and the
 * text escapes COPY reads (backslash, tab, newline, carriage return). Amounts go out as exact
 * decimal strings.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { formatScaled } from '../../model/amount.js';
import { tableDef } from '../schema.js';
const ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
function field(type, value) {
    if (value === null)
        return '\\N';
    if (type === 'decimal')
        return formatScaled(value, 6);
    if (type === 'bool')
        return value ? 't' : 'f';
    if (type === 'timestamp')
        return value.toISOString();
    return String(value).replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]);
}
/** The rows of one table as COPY text, a few hundred rows per chunk. */
function* lines(types, rows) {
    let chunk = '';
    for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        chunk += `${types.map((t, i) => field(t, row[i] ?? null)).join('\t')}\n`;
        if (r % 500 === 499) {
            yield chunk;
            chunk = '';
        }
    }
    if (chunk !== '')
        yield chunk;
}
export async function copyRows(client, table, rows) {
    const { from } = await import('pg-copy-streams');
    const def = tableDef(table);
    const columns = def.columns.map(([name]) => `"${name}"`).join(', ');
    const sink = client.query(from(`COPY ${table} (${columns}) FROM STDIN`));
    await pipeline(Readable.from(lines(def.columns.map(([, type]) => type), rows)), sink);
}
//# sourceMappingURL=copy.js.map