import { StoreError } from '../errors.js';
import { Appenders } from './appender.js';
/** Rows as plain values: decimals as exact strings, 64-bit integers as numbers. */
function rowsOf(reader, api) {
    const names = reader.columnNames();
    const wide = reader
        .columnTypes()
        .map((t, i) => [api.DuckDBTypeId.BIGINT, api.DuckDBTypeId.HUGEINT, api.DuckDBTypeId.UBIGINT].includes(t.typeId) ? names[i] : null)
        .filter((n) => n !== null);
    const rows = reader.getRowObjectsJson();
    if (wide.length > 0)
        for (const row of rows)
            for (const name of wide)
                if (row[name] !== null)
                    row[name] = Number(row[name]);
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
function memoryLimit() {
    return process.env.BUDGETLENS_DUCKDB_MEMORY ?? '512MB';
}
export class DuckDBEngine {
    location;
    instance;
    connection;
    api;
    dialect = 'duckdb';
    busy = Promise.resolve();
    appenders;
    constructor(location, instance, connection, api) {
        this.location = location;
        this.instance = instance;
        this.connection = connection;
        this.api = api;
        this.appenders = new Appenders(connection, api);
    }
    static async open(path) {
        const api = await import('@duckdb/node-api');
        try {
            const instance = await api.DuckDBInstance.create(path, { memory_limit: memoryLimit(), checkpoint_threshold: '256MB' });
            return new DuckDBEngine(path, instance, await instance.connect(), api);
        }
        catch (error) {
            const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
            throw new StoreError(`无法打开数据库 ${path}（${detail}）`, `cannot open the database ${path} (${detail})`);
        }
    }
    /** One thing at a time on the one connection: a transaction is never interleaved with another. */
    serial(work) {
        const next = this.busy.then(work, work);
        this.busy = next.catch(() => { });
        return next;
    }
    session() {
        const all = async (sql, params = []) => rowsOf(await this.connection.runAndReadAll(sql, params), this.api);
        return {
            all,
            run: async (sql, params = []) => {
                await this.connection.run(sql, params);
            },
            lock: async () => { },
            write: (records) => this.appenders.write(records),
        };
    }
    transaction(work) {
        return this.serial(async () => {
            await this.connection.run('BEGIN TRANSACTION');
            try {
                const result = await work(this.session());
                await this.connection.run('COMMIT');
                return result;
            }
            catch (error) {
                this.appenders.discard();
                // A COMMIT that failed has ended the transaction already.
                await this.connection.run('ROLLBACK').catch(() => { });
                throw error;
            }
        });
    }
    exclusive(work) {
        // The file is locked by this process: no other can migrate it at the same time.
        return work();
    }
    readOnly(sql, params = []) {
        return this.serial(async () => {
            const statement = await this.connection.prepare(sql);
            if (statement.statementType !== this.api.StatementType.SELECT)
                throw new StoreError('只允许查询语句（SELECT）', 'only queries (SELECT) are allowed here');
            if (params.length > 0)
                statement.bind(params);
            return rowsOf(await statement.runAndReadAll(), this.api);
        });
    }
    queue() {
        return null;
    }
    async close() {
        await this.serial(async () => {
            this.appenders.close();
            this.connection.closeSync();
            this.instance.closeSync();
        });
    }
}
//# sourceMappingURL=engine.js.map