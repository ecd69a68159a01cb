/**
 * A department-year from the store (DuckDB or PostgreSQL): the newest version of that department's
 * document for the year and phase, read back into the model through the store's own read-back.
 */
import { existsSync } from 'node:fs';
import { newestDocuments } from '../../query/fetch.js';
import { InputError } from '../../source/errors.js';
import { openStore, parseTarget } from '../../store/open.js';
import { readStoredDocument } from '../../store/read-back.js';
/** The unit most of the tables use (the store keeps each table's). */
function mainUnit(units) {
    const yuan = units.filter((u) => u === '元').length;
    return yuan * 2 > units.length ? '元' : '万元';
}
/** The newest stored document of the department for the year and phase, or null when there is none. */
export async function storedDocument(store, wanted) {
    const [ref] = (await newestDocuments(store, wanted)).slice(-1);
    if (!ref)
        return null;
    const content = await readStoredDocument(store, ref.id);
    if (!content)
        return null;
    const { document } = content;
    return {
        title: document.title,
        department: document.department,
        year: document.year,
        phase: document.phase,
        scope: 'department',
        unit: mainUnit(content.tables.map((t) => t.unit)),
        units: [],
        source: { file: document.sourceFile, format: 'text', sha256: document.sha256 },
        tables: content.tables,
        narrative: content.narrative,
        overview: content.overview,
        toc: [],
        findings: content.findings,
    };
}
/** Open the store `db` names (a DuckDB file or postgres://…), run `work`, close it. */
export async function withStore(db, work) {
    const target = parseTarget(db);
    // Reading never makes a store: a DuckDB file that is not there is a mistake in the path.
    if (target.dialect === 'duckdb' && !existsSync(target.path))
        throw new InputError('数据库文件不存在', 'the database file does not exist', target.path);
    const store = await openStore(target);
    try {
        return await work(store);
    }
    finally {
        await store.close();
    }
}
//# sourceMappingURL=store.js.map