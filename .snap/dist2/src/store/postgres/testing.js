/**
 * A PostgreSQL for tests: the server named by BUDGETLENS_TEST_PG (`.ci/run` and
 * scripts/test-postgres.sh start one on loopback), and in it a fresh database per test file,
 * dropped at the end. Without the variable the PostgreSQL tests skip, saying so.
 */
import { after } from 'node:test';
export const TEST_PG = process.env.BUDGETLENS_TEST_PG ?? '';
export const PG_SKIP = TEST_PG
    ? false
    : 'BUDGETLENS_TEST_PG 未设置：跳过 PostgreSQL 测试（scripts/test-postgres.sh 可启动一个） / BUDGETLENS_TEST_PG not set: PostgreSQL tests skipped (scripts/test-postgres.sh starts a server)';
let made = 0;
/**
 * A new empty database on the test server; its URL. Dropped when the test file ends: call it at
 * the top level of the test file (a hook's `after` would run when the hook ends).
 */
export async function freshDatabase(label) {
    const pg = (await import('pg')).default;
    const name = `budgetlens_${label}_${process.pid}_${++made}`;
    const admin = new pg.Client({ connectionString: TEST_PG });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    after(async () => {
        const client = new pg.Client({ connectionString: TEST_PG });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
    });
    const url = new URL(TEST_PG);
    url.pathname = `/${name}`;
    return url.toString();
}
//# sourceMappingURL=testing.js.map