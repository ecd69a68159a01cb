/**
 * A small store for the server's corpus and comparison tests: the four seeds (吉林省商务厅 2024 and
 * three other departments), the 商务厅's 2025 made from its 2024 as the query tests make it, and
 * the round-trip PDF of the 商务厅 read from the file (so its stored report can show the original).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDocument } from '../src/check.js';
import { nextYear } from '../src/query/queries.case.js';
import { readDocument } from '../src/reader.js';
import { seedDocument } from '../src/store/contract.case.js';
import { openStore } from '../src/store/open.js';
import { projectRoot } from './paths.js';
export const SEEDS = ['000_7094a3d6e0f48fbd', '001_91a79292973e8735', '002_b9fc89043e8814d5', '003_07ebbe8a85530ef6'];
export const ROUNDTRIP_PDF = join(projectRoot, 'tests', 'fixtures', 'roundtrip', '000_7094a3d6e0f48fbd.pdf');
async function put(store, doc) {
    const { findings } = checkDocument(doc);
    await store.putDocument(doc, findings, { profile: 'national' });
}
export async function corpusStore(options = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-serve-store-'));
    const store = await openStore({ dialect: 'duckdb', path: join(dir, 'corpus.duckdb') });
    for (const [i, name] of SEEDS.entries())
        await put(store, seedDocument(String(i).repeat(64), join(projectRoot, 'tests', 'fixtures', 'seeds', `${name}.txt`)));
    await put(store, nextYear());
    if (options.pdf)
        await put(store, await readDocument(ROUNDTRIP_PDF));
    return {
        store,
        close: async () => {
            await store.close();
            rmSync(dir, { recursive: true, force: true });
        },
    };
}
//# sourceMappingURL=corpus-store.js.map