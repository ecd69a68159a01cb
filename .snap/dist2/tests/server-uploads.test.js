/**
 * Uploads put in the serve's store (in process, on a DuckDB store, and on PostgreSQL when a test
 * server is named): stored once per sha256 (the same file twice is the same document), listed by
 * the corpus browser with its original kept; a stored report's findings in the viewer's language;
 * the 情况说明 and 报表 files of one disclosure (北京-style, src/model/two-files.case.ts) uploaded
 * together read, checked and stored as one document, as `check` joins them; and every bad upload
 * (wrong type, oversize, hostile, not a disclosure, missing token) refused with nothing stored.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { run } from '../src/cli/main.js';
import { twoFileDisclosure } from '../src/ingest/testing.js';
import { createServerApp } from '../src/server/app.js';
import { openStore } from '../src/store/open.js';
import { freshDatabase, PG_SKIP } from '../src/store/postgres/testing.js';
import { projectRoot } from './paths.js';
const seed = join(projectRoot, 'tests', 'fixtures', 'seeds', '000_7094a3d6e0f48fbd.txt');
const pdf = join(projectRoot, 'tests', 'fixtures', 'pdf', 'unruled-table.pdf');
const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-serve-store-uploads-'));
// A database per test: the counts are of one test's uploads.
const pgUrls = [];
if (!PG_SKIP)
    for (let i = 0; i < 4; i++)
        pgUrls.push(await freshDatabase('serve_store_uploads'));
const [narrative, tables] = twoFileDisclosure(join(scratch, 'beijing'));
const opened = [];
after(async () => {
    for (const { server, store } of opened) {
        await server.close();
        await store.close();
    }
    rmSync(scratch, { recursive: true, force: true });
});
const file = (path) => ({ name: basename(path), bytes: readFileSync(path) });
function post(s, uploads, headers = {}) {
    const form = new FormData();
    for (const u of uploads)
        form.append('files', new Blob([typeof u.bytes === 'string' ? u.bytes : new Uint8Array(u.bytes)]), u.name);
    return Promise.resolve(s.app.request('/api/documents', { method: 'POST', body: form, headers }));
}
// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
const body = async (response) => response.json();
let made = 0;
async function served(target, options = {}) {
    const store = await openStore(target());
    const uploadsDir = join(scratch, `uploads-${++made}`);
    const server = createServerApp({ jobs: 1, store, uploadsDir, ...options });
    opened.push({ server, store });
    return { server, store, uploadsDir };
}
const documentCount = async (store) => Number((await store.query('SELECT COUNT(*) AS n FROM documents'))[0]?.n);
const keptFiles = (dir) => {
    try {
        return readdirSync(dir, { recursive: true }).length;
    }
    catch {
        return 0;
    }
};
/** What `check` answers for files given together, origins naming each file as its upload does. */
// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
async function cliCheck(...paths) {
    let out = '';
    await run(['check', ...paths, '--format', 'json'], { stdout: (t) => (out += t), stderr: () => { } });
    for (const path of paths)
        out = out.split(JSON.stringify(path).slice(1, -1)).join(basename(path));
    return JSON.parse(out);
}
const engines = [
    ['DuckDB', () => ({ dialect: 'duckdb', path: join(scratch, `store-${++made}.duckdb`) }), false],
    ['PostgreSQL', () => ({ dialect: 'postgres', url: pgUrls.shift() }), PG_SKIP],
];
for (const [engine, target, skip] of engines) {
    describe(`uploads stored (${engine})`, { skip }, () => {
        it('once per sha256: the same file twice is the same document, listed with its original', async () => {
            const { server, store, uploadsDir } = await served(target);
            const first = await body(await post(server, [file(pdf)]));
            assert.equal(first.stored.new, true);
            const again = await body(await post(server, [file(pdf)]));
            assert.deepEqual(again.stored, { ...first.stored, new: false });
            assert.notEqual(again.id, first.id);
            assert.equal(await documentCount(store), 1);
            assert.equal(keptFiles(uploadsDir), 2, 'one folder and the file');
            const listed = await body(await server.app.request('/api/corpus/documents'));
            assert.deepEqual(listed.documents.map((d) => [d.id, d.errors]), [[first.stored.id, first.summary.errors]]);
            const report = await body(await server.app.request(`/api/corpus/documents/${first.stored.id}`));
            assert.deepEqual([report.pdf, report.pdfFile], [`/api/corpus/documents/${first.stored.id}/file`, basename(pdf)]);
            const original = await server.app.request(`/api/corpus/documents/${first.stored.id}/file`);
            assert.deepEqual(Buffer.from(await original.arrayBuffer()), readFileSync(pdf));
        });
        it('a stored report in the viewer’s language: the messages the upload gives in English', async () => {
            const { server } = await served(target);
            const zh = await body(await post(server, [file(seed)]));
            const en = await body(await server.app.request(`/api/documents/${zh.id}?lang=en`));
            const stored = async (lang) => body(await server.app.request(`/api/corpus/documents/${zh.stored.id}?lang=${lang}`));
            const messages = (r) => r.findings.map((f) => f.message);
            assert.deepEqual(messages(await stored('zh')), messages(zh));
            assert.deepEqual(messages(await stored('en')), messages(en));
            assert.ok(messages(en).some((m) => /within rounding/.test(m)));
            assert.equal((await server.app.request(`/api/corpus/documents/${zh.stored.id}?lang=fr`)).status, 400);
        });
        it('the 情况说明 and 报表 files uploaded together are one document, as check joins them', async () => {
            const { server, store } = await served(target);
            const answers = await body(await post(server, [file(narrative), file(tables)]));
            assert.equal(answers.length, 1);
            const [{ id, stored, ...check }] = answers;
            assert.deepEqual([check], await cliCheck(narrative, tables));
            assert.deepEqual(check.document.parts.map((p) => [p.file, p.holds]), [
                [basename(narrative), 'narrative'],
                [basename(tables), 'tables'],
            ]);
            const files = await store.query('SELECT holds FROM document_files WHERE document_id = $1 ORDER BY part_no', [stored.id]);
            assert.deepEqual(files.map((f) => f.holds), ['narrative', 'tables']);
            // Either part uploaded again alone is that document.
            assert.equal((await body(await post(server, [file(tables)]))).stored.id, stored.id);
            assert.equal(await documentCount(store), 1);
            assert.ok(id);
        });
        it('a bad upload stores nothing: wrong type, oversize, hostile, not a disclosure, missing token', async () => {
            const { server, store, uploadsDir } = await served(target, { token: 's3cret', maxUploadBytes: 1_000_000 });
            const auth = { authorization: 'Bearer s3cret' };
            const deep = `<html><body>${'<div>'.repeat(40_000)}预算${'</div>'.repeat(40_000)}</body></html>`;
            const cases = [
                [401, [file(seed)], {}],
                [401, [file(seed)], { authorization: 'Bearer wrong' }],
                [415, [{ name: 'a.exe', bytes: Buffer.from([0x4d, 0x5a, 0, 0, 1, 2]) }], auth],
                [413, [{ name: 'big.txt', bytes: 'x'.repeat(1_100_000) }], auth],
                [422, [{ name: 'deep.html', bytes: deep }], auth],
                [422, [{ name: 'cut.pdf', bytes: readFileSync(pdf).subarray(0, 500) }], auth],
                [422, [{ name: 'notes.txt', bytes: '会议纪要\n今天讨论了天气。' }], auth],
            ];
            for (const [status, uploads, headers] of cases) {
                const response = await post(server, uploads, headers);
                assert.equal(response.status, status, uploads[0]?.name);
                const { error } = await body(response);
                assert.match(error.zh, /[\u4e00-\u9fff]/);
            }
            assert.equal(await documentCount(store), 0);
            assert.equal(keptFiles(uploadsDir), 0);
            assert.equal(server.results.size, 0);
            assert.equal((await post(server, [file(seed)], auth)).status, 200);
            assert.equal(await documentCount(store), 1);
        });
    });
}
//# sourceMappingURL=server-uploads.test.js.map