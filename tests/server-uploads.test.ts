/**
 * Uploads put in the serve's store (in process, on a DuckDB store, and on PostgreSQL when a test
 * server is named): stored once per sha256 (the same file twice is the same document), listed by
 * the corpus browser with its original kept; a stored report's findings in the viewer's language;
 * the 情况说明 and 报表 files of one disclosure (北京-style, src/model/two-files.case.ts) uploaded
 * together read, checked and stored as one document, as `check` joins them, and replacing a part
 * uploaded alone before; a stored document deleted with its kept originals (the token needed, a
 * failed delete leaving both as they were); and every bad upload or delete (wrong type, oversize,
 * hostile, not a disclosure, missing token, no such id) refused with nothing stored or removed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { run } from '../src/cli/main.js';
import { twoFileDisclosure } from '../src/ingest/testing.js';
import { createServerApp, type ServerApp } from '../src/server/app.js';
import type { ServerOptions } from '../src/server/options.js';
import { startServer } from '../src/server/serve.js';
import { openStore, type Target } from '../src/store/open.js';
import { freshDatabase, PG_SKIP } from '../src/store/postgres/testing.js';
import type { Store } from '../src/store/store.js';
import { projectRoot } from './paths.js';

const seed = join(projectRoot, 'tests', 'fixtures', 'seeds', '000_7094a3d6e0f48fbd.txt');
const pdf = join(projectRoot, 'tests', 'fixtures', 'pdf', 'unruled-table.pdf');
const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-serve-store-uploads-'));
// A database per test: the counts are of one test's uploads.
const pgUrls: string[] = [];
if (!PG_SKIP) for (let i = 0; i < 7; i++) pgUrls.push(await freshDatabase('serve_store_uploads'));
const [narrative, tables] = twoFileDisclosure(join(scratch, 'beijing'));

const opened: Array<{ server: ServerApp; store: Store }> = [];
after(async () => {
  for (const { server, store } of opened) {
    await server.close();
    await store.close();
  }
  rmSync(scratch, { recursive: true, force: true });
});

type Upload = { name: string; bytes: Buffer | string };
const file = (path: string): Upload => ({ name: basename(path), bytes: readFileSync(path) });

function post(s: ServerApp, uploads: Upload[], headers: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  for (const u of uploads)
    form.append('files', new Blob([typeof u.bytes === 'string' ? u.bytes : new Uint8Array(u.bytes)]), u.name);
  return Promise.resolve(s.app.request('/api/documents', { method: 'POST', body: form, headers }));
}

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
const body = async (response: Response): Promise<any> => response.json();

let made = 0;
async function served(target: () => Target, options: Partial<ServerOptions> = {}) {
  const store = await openStore(target());
  const uploadsDir = join(scratch, `uploads-${++made}`);
  const server = createServerApp({ jobs: 1, store, uploadsDir, ...options });
  opened.push({ server, store });
  return { server, store, uploadsDir };
}

const documentCount = async (store: Store) => Number((await store.query('SELECT COUNT(*) AS n FROM documents'))[0]?.n);
const keptFiles = (dir: string) => {
  try {
    return readdirSync(dir, { recursive: true }).length;
  } catch {
    return 0;
  }
};

/** What `check` answers for files given together, origins naming each file as its upload does. */
// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
async function cliCheck(...paths: string[]): Promise<any> {
  let out = '';
  await run(['check', ...paths, '--format', 'json'], { stdout: (t) => (out += t), stderr: () => {} });
  for (const path of paths) out = out.split(JSON.stringify(path).slice(1, -1)).join(basename(path));
  return JSON.parse(out);
}

const engines: Array<[string, () => Target, string | false]> = [
  ['DuckDB', () => ({ dialect: 'duckdb', path: join(scratch, `store-${++made}.duckdb`) }), false],
  ['PostgreSQL', () => ({ dialect: 'postgres', url: pgUrls.shift() as string }), PG_SKIP],
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
      assert.deepEqual(
        listed.documents.map((d: { id: number; errors: number }) => [d.id, d.errors]),
        [[first.stored.id, first.summary.errors]],
      );
      const report = await body(await server.app.request(`/api/corpus/documents/${first.stored.id}`));
      assert.deepEqual([report.pdf, report.pdfFile], [`/api/corpus/documents/${first.stored.id}/file`, basename(pdf)]);
      const original = await server.app.request(`/api/corpus/documents/${first.stored.id}/file`);
      assert.deepEqual(Buffer.from(await original.arrayBuffer()), readFileSync(pdf));
    });

    it('a stored report in the viewer’s language: the messages the upload gives in English', async () => {
      const { server } = await served(target);
      const zh = await body(await post(server, [file(seed)]));
      const en = await body(await server.app.request(`/api/documents/${zh.id}?lang=en`));
      const stored = async (lang: string) => body(await server.app.request(`/api/corpus/documents/${zh.stored.id}?lang=${lang}`));
      const messages = (r: { findings: Array<{ message: string }> }) => r.findings.map((f) => f.message);
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
      assert.deepEqual(
        check.document.parts.map((p: { file: string; holds: string }) => [p.file, p.holds]),
        [
          [basename(narrative), 'narrative'],
          [basename(tables), 'tables'],
        ],
      );
      const files = await store.query('SELECT holds FROM document_files WHERE document_id = $1 ORDER BY part_no', [stored.id]);
      assert.deepEqual(
        files.map((f) => f.holds),
        ['narrative', 'tables'],
      );
      // Either part uploaded again alone is that document.
      assert.equal((await body(await post(server, [file(tables)]))).stored.id, stored.id);
      assert.equal(await documentCount(store), 1);
      assert.ok(id);
    });

    it('a part uploaded alone, then both parts: one document, the next version, and the part alone replaced', async () => {
      const { server, store, uploadsDir } = await served(target);
      const alone = await body(await post(server, [file(narrative)]));
      assert.deepEqual([alone.stored.new, alone.stored.version], [true, 1]);
      const both = await body(await post(server, [file(narrative), file(tables)]));
      assert.equal(both.length, 1);
      const [{ stored }] = both;
      assert.deepEqual([stored.new, stored.version], [true, 2]);
      assert.notEqual(stored.id, alone.stored.id);
      assert.equal(await documentCount(store), 1);
      assert.equal((await server.app.request(`/api/corpus/documents/${alone.stored.id}`)).status, 404);
      const files = await store.query('SELECT holds FROM document_files WHERE document_id = $1 ORDER BY part_no', [stored.id]);
      assert.deepEqual(
        files.map((f) => f.holds),
        ['narrative', 'tables'],
      );
      assert.equal(keptFiles(uploadsDir), 4, 'two folders, each with its file');
      // Both again, or either alone: the same document.
      assert.deepEqual((await body(await post(server, [file(tables), file(narrative)])))[0].stored, { ...stored, new: false });
      assert.equal((await body(await post(server, [file(narrative)]))).stored.id, stored.id);
    });

    it('a stored document deleted with its originals; the token needed; a bad or unknown id refused', async () => {
      const { server, store, uploadsDir } = await served(target, { token: 's3cret' });
      const auth = { authorization: 'Bearer s3cret' };
      const kept = await body(await post(server, [file(seed)], auth));
      const gone = await body(await post(server, [file(pdf)], auth));
      assert.equal(keptFiles(uploadsDir), 4);
      const remove = (id: unknown, headers: Record<string, string> = auth) =>
        Promise.resolve(server.app.request(`/api/corpus/documents/${id}`, { method: 'DELETE', headers }));
      const refused: Array<[number, unknown, Record<string, string>]> = [
        [401, gone.stored.id, {}],
        [401, gone.stored.id, { authorization: 'Bearer wrong' }],
        [400, 'abc', auth],
        [400, 0, auth],
        [400, 1.5, auth],
        [404, 999_999, auth],
      ];
      for (const [status, id, headers] of refused) {
        const response = await remove(id, headers);
        assert.equal(response.status, status, String(id));
        assert.match((await body(response)).error.zh, /[\u4e00-\u9fff]/);
      }
      assert.equal(await documentCount(store), 2);
      assert.equal(keptFiles(uploadsDir), 4);
      const response = await remove(gone.stored.id);
      assert.equal(response.status, 200);
      assert.deepEqual(await body(response), { id: gone.stored.id, version: 1, files: [gone.document.source.sha256] });
      assert.equal(await documentCount(store), 1);
      assert.equal(keptFiles(uploadsDir), 2, 'the other document keeps its original');
      assert.equal((await server.app.request(`/api/corpus/documents/${gone.stored.id}`)).status, 404);
      assert.equal((await remove(gone.stored.id)).status, 404);
      assert.equal((await server.app.request(`/api/corpus/documents/${kept.stored.id}`)).status, 200);
      // Uploaded again: stored anew, its original kept again.
      assert.equal((await body(await post(server, [file(pdf)], auth))).stored.new, true);
      assert.equal(keptFiles(uploadsDir), 4);
    });

    it('nothing half done: a store that fails to delete or to store leaves documents and originals as they were', async () => {
      const { store, uploadsDir } = await served(target);
      let failing = false;
      const flaky: Store = Object.create(store, {
        deleteDocument: { value: (id: number) => (failing ? Promise.reject(new Error('disk full')) : store.deleteDocument(id)) },
        putDocument: {
          value: (...args: Parameters<Store['putDocument']>) =>
            failing ? Promise.reject(new Error('disk full')) : store.putDocument(...args),
        },
      });
      const server = createServerApp({ jobs: 1, store: flaky, uploadsDir });
      opened.push({ server, store: { close: async () => {} } as Store });
      const first = await body(await post(server, [file(pdf)]));
      failing = true;
      const remove = await server.app.request(`/api/corpus/documents/${first.stored.id}`, { method: 'DELETE' });
      assert.equal(remove.status, 500);
      assert.equal(keptFiles(uploadsDir), 2, 'the original put back');
      assert.equal((await server.app.request(`/api/corpus/documents/${first.stored.id}/file`)).status, 200);
      assert.equal((await post(server, [file(seed)])).status, 500);
      assert.equal(server.results.size, 1, 'only the first upload kept');
      assert.equal(await documentCount(store), 1);
      assert.equal(keptFiles(uploadsDir), 2, 'no original of the upload not stored');
      failing = false;
      assert.equal((await server.app.request(`/api/corpus/documents/${first.stored.id}`, { method: 'DELETE' })).status, 200);
      assert.deepEqual([await documentCount(store), keptFiles(uploadsDir)], [0, 0]);
    });

    it('a bad upload stores nothing: wrong type, oversize, hostile, not a disclosure, missing token, past the rate', async () => {
      // The requests below with the token count for the rate (a 401 is refused before it): the one past it is the last.
      const uploadsPerMinute = 6;
      const { server, store, uploadsDir } = await served(target, {
        token: 's3cret',
        maxUploadBytes: 1_000_000,
        uploadsPerMinute,
      });
      const auth = { authorization: 'Bearer s3cret' };
      const deep = `<html><body>${'<div>'.repeat(40_000)}预算${'</div>'.repeat(40_000)}</body></html>`;
      const cases: Array<[number, Upload[], Record<string, string>]> = [
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
      // Past the rate: refused before it is read; the document stored once, the kept original once.
      assert.equal(cases.filter(([, , headers]) => headers === auth).length + 1, uploadsPerMinute);
      const other = readFileSync(join(projectRoot, 'tests', 'fixtures', 'seeds', '001_91a79292973e8735.txt'));
      const limited = await post(server, [{ name: 'other.txt', bytes: other }], auth);
      assert.equal(limited.status, 429);
      assert.match((await body(limited)).error.zh, /每分钟最多 6 次/);
      assert.equal(await documentCount(store), 1);
      assert.equal(keptFiles(uploadsDir), 2, 'one folder and the file');
    });
  });
}

describe('serve --uploads', () => {
  it('keeps the originals in the folder given; without a store the delete answers 503', async () => {
    const uploads = join(scratch, 'originals-elsewhere');
    const running = await startServer({
      host: '127.0.0.1',
      port: 0,
      token: null,
      jobs: 1,
      db: join(scratch, 'uploads-option.duckdb'),
      uploads,
    });
    try {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(readFileSync(pdf))]), basename(pdf));
      const answer = await body(await fetch(`${running.url}/api/documents`, { method: 'POST', body: form }));
      assert.deepEqual(readdirSync(join(uploads, answer.document.source.sha256)), [basename(pdf)]);
      assert.equal(keptFiles(join(scratch, 'budgetlens-uploads')), 0, 'nothing beside the store');
    } finally {
      await running.close();
    }
    const bare = createServerApp({ jobs: 1 });
    opened.push({ server: bare, store: { close: async () => {} } as Store });
    const response = await bare.app.request('/api/corpus/documents/1', { method: 'DELETE' });
    assert.equal(response.status, 503);
  });
});
