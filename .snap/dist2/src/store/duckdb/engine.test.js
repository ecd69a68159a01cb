import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { storeContract } from '../contract.case.js';
import { openStore } from '../open.js';
const dir = mkdtempSync(join(tmpdir(), 'budgetlens-duckdb-'));
after(() => rmSync(dir, { recursive: true, force: true }));
storeContract('DuckDB', () => openStore({ dialect: 'duckdb', path: join(dir, 'contract.duckdb') }));
//# sourceMappingURL=engine.test.js.map