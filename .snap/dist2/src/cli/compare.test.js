import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../tests/paths.js';
import { checkDocument } from '../check.js';
import { seedDocument } from '../store/contract.case.js';
import { openStore } from '../store/open.js';
import { run } from './main.js';
const dir = mkdtempSync(join(tmpdir(), 'budgetlens-compare-'));
const db = join(dir, 'compare.duckdb');
const seed = (name) => join(projectRoot, 'tests', 'fixtures', 'seeds', name);
async function cli(...argv) {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false });
    return { code, stdout, stderr };
}
describe('compare and query on the command line', () => {
    before(async () => {
        const store = await openStore({ dialect: 'duckdb', path: db });
        for (const file of ['000_7094a3d6e0f48fbd.txt', '001_91a79292973e8735.txt']) {
            // Under the file's own sha256, as ingest stores it, so that an export from the file matches.
            const sha = createHash('sha256')
                .update(readFileSync(seed(file)))
                .digest('hex');
            const doc = seedDocument(sha, seed(file));
            await store.putDocument(doc, checkDocument(doc).findings, { profile: 'national' });
        }
        await store.close();
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    it('puts the stored departments side by side, as a table and as JSON', async () => {
        const table = await cli('compare', '--db', db);
        assert.equal(table.code, 0, table.stderr);
        assert.match(table.stdout, /吉林省商务厅/);
        assert.match(table.stdout, /吉林省人民政府办公厅/);
        assert.match(table.stdout, /支出合计 total\s+15745\.54\s+22198\.36\n/);
        const json = await cli('compare', '--db', db, '--format', 'json');
        const parsed = JSON.parse(json.stdout);
        assert.equal(parsed.departments.length, 2);
    });
    it('compares one department across its years; a department not stored answers 1', async () => {
        const one = await cli('compare', '--db', db, '--department', '吉林省商务厅');
        assert.equal(one.code, 0, one.stderr);
        assert.match(one.stdout, /2011301 行政运行\s+4885\.93/);
        const none = await cli('compare', '--db', db, '--department', '不存在的部门');
        assert.equal(none.code, 1);
        assert.match(none.stdout, /没有该部门的文件/);
    });
    it('answers a code across the store, the documents, and read-only SQL', async () => {
        const code = await cli('query', 'code', '2011301', '--db', db);
        assert.equal(code.code, 0, code.stderr);
        assert.match(code.stdout, /吉林省商务厅\s+2024\s+行政运行\s+5116\.47/);
        const docs = await cli('query', 'documents', '--db', db, '--format', 'json');
        assert.equal(JSON.parse(docs.stdout).length, 2);
        const sql = await cli('query', 'sql', 'SELECT COUNT(*) AS n FROM documents', '--db', db);
        assert.match(sql.stdout, /^n\n2\n$/);
    });
    it('refuses what it cannot answer with one line and exit 2, changing nothing', async () => {
        const write = await cli('query', 'sql', 'DELETE FROM documents', '--db', db);
        assert.equal(write.code, 2);
        assert.match(write.stderr, /只允许查询语句/);
        assert.equal((await cli('query', 'sql', 'SELECT COUNT(*) AS n FROM documents', '--db', db)).stdout, 'n\n2\n');
        const format = await cli('compare', '--db', db, '--format', 'xml');
        assert.equal(format.code, 2);
        assert.match(format.stderr, /不支持的格式 xml/);
        const what = await cli('query', 'everything', '--db', db);
        assert.equal(what.code, 2);
        assert.match(what.stderr, /未知查询 everything/);
        const badCode = await cli('query', 'code', '行政运行', '--db', db);
        assert.equal(badCode.code, 2);
        const folder = await cli('compare', '--db', dir);
        assert.equal(folder.code, 2);
        assert.match(folder.stderr, /是一个目录/);
        assert.doesNotMatch(folder.stderr, /内部错误/);
    });
    it('exports stored documents exactly as it exports the files they were read from', async () => {
        const fromStore = join(dir, 'from-store');
        const fromFile = join(dir, 'from-file');
        const stored = await cli('export', '--db', db, '--department', '吉林省商务厅', '--format', 'csv', '--out', fromStore);
        assert.equal(stored.code, 0, stored.stderr);
        assert.match(stored.stdout, /已导出 1 份文件的 13 张表/);
        const read = await cli('export', seed('000_7094a3d6e0f48fbd.txt'), '--format', 'csv', '--out', fromFile);
        assert.equal(read.code, 0, read.stderr);
        const files = readdirSync(fromFile).sort();
        assert.deepEqual(readdirSync(fromStore).sort(), files);
        for (const f of files)
            assert.equal(readFileSync(join(fromStore, f), 'utf8'), readFileSync(join(fromFile, f), 'utf8'), f);
        const none = await cli('export', '--db', db, '--region', '火星', '--format', 'csv', '--out', join(dir, 'none'));
        assert.equal(none.code, 1);
        assert.match(none.stdout, /没有符合条件的文件/);
    });
});
//# sourceMappingURL=compare.test.js.map