import { describe, it } from 'node:test';
import { storeContract } from '../contract.case.js';
import { openStore } from '../open.js';
import { freshDatabase, PG_SKIP } from './testing.js';
if (PG_SKIP)
    describe('store contract: PostgreSQL', () => it('needs a server', { skip: PG_SKIP }, () => { }));
else {
    const url = await freshDatabase('contract');
    storeContract('PostgreSQL', () => openStore({ dialect: 'postgres', url }));
}
//# sourceMappingURL=engine.test.js.map