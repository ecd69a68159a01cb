/**
 * `--db`: a PostgreSQL URL (postgres://…) or a DuckDB file (default `budgetlens.duckdb` in the
 * working folder). The engine's driver is imported here, when a store is opened, never before.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StoreError } from './errors.js';
import { SqlStore } from './sql-store.js';
export const DEFAULT_DB = 'budgetlens.duckdb';
/** What --db names; a StoreError (exit 2) for what names no database. */
export function parseTarget(db) {
    const value = db ?? DEFAULT_DB;
    if (/^postgres(?:ql)?:\/\//i.test(value)) {
        try {
            new URL(value);
        }
        catch {
            throw new StoreError(`--db 不是有效的 PostgreSQL 地址：${value}`, `--db is not a valid PostgreSQL URL: ${value}`);
        }
        return { dialect: 'postgres', url: value };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        throw new StoreError(`不支持的数据库地址 ${value}（可用 DuckDB 文件路径或 postgres://…）`, `unsupported database ${value} (a DuckDB file path or postgres://…)`);
    if (value.trim() === '')
        throw new StoreError('--db 为空', '--db is empty');
    const path = resolve(value);
    if (existsSync(path) && statSync(path).isDirectory())
        throw new StoreError(`--db 是一个目录，不是数据库文件：${value}`, `--db is a directory, not a database file: ${value}`);
    if (!existsSync(dirname(path)))
        throw new StoreError(`--db 所在的目录不存在：${dirname(value)}`, `the folder of --db does not exist: ${dirname(value)}`);
    return { dialect: 'duckdb', path: value };
}
/** Opens the store and brings its schema up to date. */
export async function openStore(target, options = {}) {
    const engine = target.dialect === 'duckdb'
        ? await (await import('./duckdb/engine.js')).DuckDBEngine.open(target.path)
        : await (await import('./postgres/engine.js')).PostgresEngine.open(target.url, options.connections);
    const store = new SqlStore(engine);
    try {
        await store.migrate();
    }
    catch (error) {
        await store.close().catch(() => { });
        throw error;
    }
    return store;
}
//# sourceMappingURL=open.js.map