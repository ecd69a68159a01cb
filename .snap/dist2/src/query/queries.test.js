import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import { openStore } from '../store/open.js';
import { freshDatabase, PG_SKIP } from '../store/postgres/testing.js';
import { queryContract } from './queries.case.js';
const dir = mkdtempSync(join(tmpdir(), 'budgetlens-queries-'));
after(() => rmSync(dir, { recursive: true, force: true }));
queryContract('DuckDB', () => openStore({ dialect: 'duckdb', path: join(dir, 'queries.duckdb') }));
if (PG_SKIP)
    describe('store queries: PostgreSQL', { skip: PG_SKIP }, () => { });
else {
    const url = await freshDatabase('queries');
    queryContract('PostgreSQL', () => openStore({ dialect: 'postgres', url }));
}
//# sourceMappingURL=queries.test.js.map