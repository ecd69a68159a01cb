/**
 * Twenty uploads at once over HTTP (the four seeds as text, HTML, DOCX and XLSX; a seed's 63-page
 * PDF; a small PDF three times over), with two hostile files among them, to a serve with its store
 * (DuckDB, and PostgreSQL when a test server is named): every upload completes with the result
 * `check --format json` gives for the same file, each kept under its own id; every distinct file is
 * stored once (the small PDF's three uploads are one document, stored by one of them), with its
 * original kept beside the store; the hostile ones end alone as 422 and store nothing. (One long
 * PDF, not four: the test reads each file twice.)
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../src/cli/main.js';
import { startServer } from '../src/server/serve.js';
import { freshDatabase, PG_SKIP } from '../src/store/postgres/testing.js';
import { projectRoot } from './paths.js';
const SEEDS = ['000_7094a3d6e0f48fbd', '001_91a79292973e8735', '002_b9fc89043e8814d5', '003_07ebbe8a85530ef6'];
const smallPdf = join(projectRoot, 'tests', 'fixtures', 'pdf', 'unruled-table.pdf');
const files = [
    ...SEEDS.flatMap((seed) => [
        join(projectRoot, 'tests', 'fixtures', 'seeds', `${seed}.txt`),
        ...['html', 'docx', 'xlsx'].map((ext) => join(projectRoot, 'tests', 'fixtures', 'roundtrip', `${seed}.${ext}`)),
    ]),
    join(projectRoot, 'tests', 'fixtures', 'roundtrip', `${SEEDS[0]}.pdf`),
    smallPdf,
    smallPdf,
    smallPdf,
];
const distinct = [...new Set(files)];
/** The command line's answers for the files, origins naming each file as its upload does. */
async function cliAnswers(paths) {
    let out = '';
    await run(['check', ...paths, '--format', 'json', '--no-group'], { stdout: (t) => (out += t), stderr: () => { } });
    for (const path of paths)
        out = out.split(JSON.stringify(path).slice(1, -1)).join(basename(path));
    return JSON.parse(out);
}
function upload(url, name, bytes) {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)]), name);
    return fetch(`${url}/api/documents`, { method: 'POST', body: form });
}
const pgUrl = PG_SKIP ? null : await freshDatabase('serve_uploads');
const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-serve-uploads-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
describe('20 uploads at once', () => {
    let expected;
    before(async () => {
        expected = await cliAnswers(distinct);
    });
    const uploadAll = (label, db, uploadsDir) => async () => {
        assert.equal(files.length, 20);
        const running = await startServer({ host: '127.0.0.1', port: 0, token: null, db: db() }, uploadsDir ? { uploadsDir } : {});
        try {
            const deep = Buffer.from(`<html><body>${'<div>'.repeat(40_000)}预算${'</div>'.repeat(40_000)}</body></html>`);
            const cut = readFileSync(smallPdf).subarray(0, 700);
            const started = Date.now();
            const [answers, hostile] = await Promise.all([
                Promise.all(files.map(async (path) => (await upload(running.url, basename(path), readFileSync(path))).json())),
                Promise.all([upload(running.url, 'deep.html', deep), upload(running.url, 'cut.pdf', cut)]),
            ]);
            const seconds = (Date.now() - started) / 1000;
            assert.deepEqual(hostile.map((r) => r.status), [422, 422]);
            const storedOf = new Map();
            answers.forEach((answer, i) => {
                const { id, stored, ...check } = answer;
                const path = files[i];
                assert.ok(id, `${path}: ${JSON.stringify(answer).slice(0, 300)}`);
                assert.deepEqual(check, expected[distinct.indexOf(path)], basename(path));
                storedOf.set(path, [...(storedOf.get(path) ?? []), stored]);
            });
            assert.equal(new Set(answers.map((a) => a.id)).size, 20);
            assert.equal(running.server.results.size, 20);
            // Each distinct file one document, stored by exactly one of its uploads.
            const ids = distinct.map((path) => {
                const stored = storedOf.get(path) ?? [];
                assert.equal(new Set(stored.map((s) => s.id)).size, 1, basename(path));
                assert.equal(stored.filter((s) => s.new).length, 1, basename(path));
                return stored[0]?.id;
            });
            assert.equal(new Set(ids).size, distinct.length);
            const listed = await (await fetch(`${running.url}/api/corpus/documents?pageSize=100`)).json();
            assert.equal(listed.total, distinct.length, 'the hostile files stored nothing');
            assert.deepEqual(listed.documents.map((d) => d.id).sort((a, b) => a - b), [...ids].sort((a, b) => a - b));
            // The stored documents name their kept originals, so the browser shows the PDF.
            const pdfId = storedOf.get(smallPdf)?.[0]?.id;
            const report = await (await fetch(`${running.url}/api/corpus/documents/${pdfId}`)).json();
            assert.equal(report.pdf, `/api/corpus/documents/${pdfId}/file`);
            const original = await fetch(`${running.url}${report.pdf}`);
            assert.deepEqual(Buffer.from(await original.arrayBuffer()), readFileSync(smallPdf));
            console.error(`# ${label}: 20 uploads and 2 hostile files at once, stored: ${seconds.toFixed(1)} s`);
        }
        finally {
            await running.close();
        }
    };
    it('DuckDB: every result right, each file stored once, hostile files refused alone', uploadAll('DuckDB', () => join(scratch, 'uploads.duckdb')));
    it('PostgreSQL: the same', { skip: PG_SKIP }, uploadAll('PostgreSQL', () => pgUrl, join(scratch, 'pg-uploads')));
    it('keeps the originals beside the DuckDB file', () => {
        assert.ok(existsSync(join(scratch, 'budgetlens-uploads')));
    });
});
//# sourceMappingURL=server-concurrency.test.js.map