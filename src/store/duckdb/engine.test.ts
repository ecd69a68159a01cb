import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { storeContract } from '../contract.case.js';
import { deleteContract } from '../delete.case.js';
import { openStore } from '../open.js';
import { DuckDBEngine } from './engine.js';

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-duckdb-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const path = join(dir, 'contract.duckdb');
storeContract(
  'DuckDB',
  () => openStore({ dialect: 'duckdb', path }),
  () => DuckDBEngine.open(path),
);

const deletePath = join(dir, 'delete.duckdb');
deleteContract('DuckDB', () => openStore({ dialect: 'duckdb', path: deletePath }));
