import { StoreError } from '../errors.js';
import { copyRows } from './copy.js';
import { PostgresQueue } from './queue.js';
/** int8 (counts, ids) as numbers; numeric and timestamps as the exact text the server sends. */
const TYPES = {
    getTypeParser: (oid) => {
        if (oid === 20)
            return (text) => Number(text);
        if (oid === 16)
            return (text) => text === 't';
        if (oid === 23 || oid === 21)
            return (text) => Number(text);
        return (text) => text;
    },
};
/** The URL without its password, for messages. */
export function redact(url) {
    try {
        const parsed = new URL(url);
        if (parsed.password)
            parsed.password = '***';
        return parsed.toString();
    }
    catch {
        return 'postgres://…';
    }
}
function detail(error) {
    return error instanceof Error ? error.message.split('\n')[0] || error.name : String(error);
}
export function sessionOf(client) {
    return {
        all: async (sql, params = []) => (await client.query({ text: sql, values: params })).rows,
        run: async (sql, params = []) => {
            await client.query({ text: sql, values: params });
        },
        lock: async (key) => {
            await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
        },
        write: async (records) => {
            for (const [table, rows] of records)
                if (rows.length > 0)
                    await copyRows(client, table, rows);
        },
    };
}
/** Runs `work` in a transaction on `client`: committed when it returns, rolled back when it throws. */
export async function inTransaction(client, work, begin = 'BEGIN') {
    await client.query(begin);
    try {
        const result = await work(sessionOf(client));
        await client.query('COMMIT');
        return result;
    }
    catch (error) {
        await client.query('ROLLBACK').catch(() => { });
        throw error;
    }
}
/** A query sent with the extended protocol even without parameters (pg's `queryMode`, not in its types). */
function extended(sql, params) {
    return { text: sql, values: params, queryMode: 'extended' };
}
export class PostgresEngine {
    location;
    pool;
    dialect = 'postgres';
    constructor(location, pool) {
        this.location = location;
        this.pool = pool;
    }
    static async open(url, connections = 4) {
        const pg = (await import('pg')).default;
        const pool = new pg.Pool({ connectionString: url, max: connections, types: TYPES });
        // An idle connection the server ends (a restart) must not end the process.
        pool.on('error', () => { });
        const location = redact(url);
        try {
            const client = await pool.connect();
            client.release();
        }
        catch (error) {
            await pool.end().catch(() => { });
            throw new StoreError(`无法连接数据库 ${location}（${detail(error)}）`, `cannot connect to ${location} (${detail(error)})`);
        }
        return new PostgresEngine(location, pool);
    }
    async transaction(work) {
        const client = await this.pool.connect();
        try {
            return await inTransaction(client, work);
        }
        finally {
            client.release();
        }
    }
    /** Migrations one process at a time: a session lock held while they run. */
    async exclusive(work) {
        const client = await this.pool.connect();
        try {
            await client.query("SELECT pg_advisory_lock(hashtext('budgetlens:migrate'))");
            try {
                return await work();
            }
            finally {
                await client.query("SELECT pg_advisory_unlock(hashtext('budgetlens:migrate'))");
            }
        }
        finally {
            client.release();
        }
    }
    /** A read-only transaction, and the extended protocol, which takes one statement only. */
    async readOnly(sql, params = []) {
        const client = await this.pool.connect();
        try {
            return await inTransaction(client, async () => (await client.query(extended(sql, params))).rows, 'BEGIN READ ONLY');
        }
        catch (error) {
            if (error.code === '25006')
                throw new StoreError('只允许查询语句（SELECT）', 'only queries (SELECT) are allowed here');
            throw error;
        }
        finally {
            client.release();
        }
    }
    queue() {
        return new PostgresQueue(this.pool);
    }
    async close() {
        await this.pool.end();
    }
}
//# sourceMappingURL=engine.js.map