import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DuckDBDecimalValue, DuckDBInstance } from '@duckdb/node-api';
import { commonScale, PARQUET_COLUMNS, writeParquet } from './parquet.js';
import { precisionTable, SEEDS, tablesOfFiles } from './testing.js';
/** Read the file back with DuckDB: column types, and every row in the order written. */
async function readBack(path) {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
        const types = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`)).getRowObjectsJS();
        const rows = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}')`)).getRowObjects();
        return { types: Object.fromEntries(types.map((t) => [t.column_name, t.column_type])), rows };
    }
    finally {
        connection.closeSync();
        instance.closeSync();
    }
}
describe('parquet export', () => {
    let tables;
    before(async () => {
        tables = [...(await tablesOfFiles(SEEDS)), precisionTable()];
    });
    it('writes one row per amount cell that DuckDB reads back exactly, amounts as DECIMAL (never floats)', async () => {
        const path = join(mkdtempSync(join(tmpdir(), 'budgetlens-parquet-')), 'cells.parquet');
        await writeParquet(tables, path);
        const { types, rows } = await readBack(path);
        assert.equal(commonScale(tables), 6);
        assert.equal(types.amount, 'DECIMAL(38,6)');
        assert.deepEqual(Object.keys(types), PARQUET_COLUMNS.map(([name]) => name));
        const cells = tables.flatMap((t, ti) => t.rows.flatMap((r, ri) => Object.entries(r.values).map(([key, amount]) => ({ t, ti, r, ri, key, amount }))));
        assert.equal(rows.length, cells.length);
        cells.forEach(({ t, ti, r, ri, key, amount }, i) => {
            const row = rows[i];
            const decimal = row.amount;
            assert.ok(decimal instanceof DuckDBDecimalValue);
            assert.equal(decimal.value, amount.scaled * 10n ** BigInt(6 - amount.scale), `${t.title} ${r.name} ${key}`);
            assert.equal(row.decimals, amount.scale);
            assert.equal(row.table_index, ti + 1);
            assert.equal(row.row_index, ri + 1);
            assert.equal(row.table_kind, t.kind);
            assert.equal(row.row_code, r.code);
            assert.equal(row.row_name, r.name);
            assert.equal(row.column_key, key);
            assert.equal(row.unit, t.unit);
            assert.equal(row.department, t.document.department);
        });
        const beijing = rows.filter((r) => r.department === '北京市某局').map((r) => String(r.amount));
        assert.deepEqual(beijing, ['9151.309668', '9163.809668', '-12.500000', '1633000.000000']);
    });
});
//# sourceMappingURL=parquet.test.js.map