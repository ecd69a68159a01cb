/**
 * Parquet export, written by DuckDB (loaded only when this format is asked for): one row per
 * amount cell — the document, the table, the row (code, name, level), the column (key, label) and
 * the amount as an exact DECIMAL in the table's unit, with the decimals the document printed and
 * the cell's origin. Cells go in through DuckDB's appender, then one COPY writes the file.
 */
import { atScale } from '../model/amount.js';
import { originLabel } from '../report/origin.js';
/** The columns of the Parquet file, in order (docs/export.md). */
export const PARQUET_COLUMNS = [
    ['document_title', 'VARCHAR'],
    ['department', 'VARCHAR'],
    ['year', 'INTEGER'],
    ['phase', 'VARCHAR'],
    ['source_file', 'VARCHAR'],
    ['sha256', 'VARCHAR'],
    ['table_index', 'INTEGER'],
    ['table_kind', 'VARCHAR'],
    ['table_title', 'VARCHAR'],
    ['unit', 'VARCHAR'],
    ['row_index', 'INTEGER'],
    ['row_code', 'VARCHAR'],
    ['row_name', 'VARCHAR'],
    ['row_level', 'INTEGER'],
    ['is_total', 'BOOLEAN'],
    ['side', 'VARCHAR'],
    ['column_key', 'VARCHAR'],
    ['column_label', 'VARCHAR'],
    ['amount', 'DECIMAL'],
    ['decimals', 'INTEGER'],
    ['origin', 'VARCHAR'],
];
/** DuckDB's widest exact decimal. */
const DECIMAL_WIDTH = 38;
/** The scale every amount fits at exactly: the most decimals any cell printed. */
export function commonScale(tables) {
    let scale = 0;
    for (const t of tables)
        for (const r of t.rows)
            for (const a of Object.values(r.values))
                scale = Math.max(scale, a.scale);
    return scale;
}
const sqlString = (text) => `'${text.replace(/'/g, "''")}'`;
/** Write the cells of the tables to a Parquet file at `path` (the caller gives a temporary name and renames it). */
export async function writeParquet(tables, path) {
    const { DuckDBInstance, DuckDBDecimalValue } = await import('@duckdb/node-api');
    const scale = commonScale(tables);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
        const columns = PARQUET_COLUMNS.map(([name, type]) => type === 'DECIMAL' ? `${name} DECIMAL(${DECIMAL_WIDTH}, ${scale})` : `${name} ${type}`);
        await connection.run(`CREATE TABLE cells (${columns.join(', ')})`);
        const appender = await connection.createAppender('cells');
        const textOrNull = (value) => value == null ? appender.appendNull() : appender.appendVarchar(value);
        const intOrNull = (value) => (value === null ? appender.appendNull() : appender.appendInteger(value));
        tables.forEach((table, tableIndex) => {
            const labels = new Map(table.columns.map((c) => [c.key, c.label]));
            table.rows.forEach((row, rowIndex) => {
                for (const [key, amount] of Object.entries(row.values)) {
                    const doc = table.document;
                    // The file the cell is in: for a disclosure read from several files, not always the first.
                    textOrNull(doc.title);
                    textOrNull(doc.department);
                    intOrNull(doc.year);
                    textOrNull(doc.phase);
                    textOrNull(row.source.file);
                    textOrNull(doc.sha256);
                    intOrNull(tableIndex + 1);
                    textOrNull(table.kind);
                    textOrNull(table.title);
                    textOrNull(table.unit);
                    intOrNull(rowIndex + 1);
                    textOrNull(row.code);
                    textOrNull(row.name);
                    intOrNull(row.level);
                    appender.appendBoolean(row.isTotal);
                    textOrNull(row.side);
                    textOrNull(key);
                    textOrNull(labels.get(key));
                    appender.appendDecimal(new DuckDBDecimalValue(atScale(amount, scale), DECIMAL_WIDTH, scale));
                    intOrNull(amount.scale);
                    textOrNull(originLabel(row.source, 'short'));
                    appender.endRow();
                }
            });
        });
        appender.closeSync();
        await connection.run(`COPY cells TO ${sqlString(path)} (FORMAT parquet)`);
    }
    finally {
        connection.closeSync();
        instance.closeSync();
    }
}
//# sourceMappingURL=parquet.js.map