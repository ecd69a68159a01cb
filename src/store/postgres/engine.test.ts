import { describe, it } from 'node:test';
import { storeContract } from '../contract.case.js';
import { deleteContract } from '../delete.case.js';
import { openStore } from '../open.js';
import { PostgresEngine } from './engine.js';
import { freshDatabase, PG_SKIP } from './testing.js';

if (PG_SKIP) describe('store contract: PostgreSQL', () => it('needs a server', { skip: PG_SKIP }, () => {}));
else {
  const url = await freshDatabase('contract');
  storeContract(
    'PostgreSQL',
    () => openStore({ dialect: 'postgres', url }),
    () => PostgresEngine.open(url),
  );
  const deleteUrl = await freshDatabase('delete');
  deleteContract('PostgreSQL', () => openStore({ dialect: 'postgres', url: deleteUrl }));
}
