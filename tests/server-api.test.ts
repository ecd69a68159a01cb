/**
 * The HTTP API, every endpoint, in process (app.request): uploads answer what `check --format json`
 * answers for the same file; bad input (no file, wrong type, oversize, hostile files, missing token,
 * too many uploads) gets its status and a message in Chinese and English, and nothing is kept.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { makeZip } from '../src/adapters/office/zip-writer.test-helper.js';
import { run } from '../src/cli/main.js';
import { createServerApp, type ServerApp } from '../src/server/app.js';
import type { ServerOptions } from '../src/server/options.js';
import { DEFAULT_LIMITS } from '../src/source/limits.js';
import { projectRoot } from './paths.js';

const seed = join(projectRoot, 'tests', 'fixtures', 'seeds', '000_7094a3d6e0f48fbd.txt');
const docx = join(projectRoot, 'tests', 'fixtures', 'roundtrip', '001_91a79292973e8735.docx');
const pdf = join(projectRoot, 'tests', 'fixtures', 'pdf', 'unruled-table.pdf');

const servers: ServerApp[] = [];
function server(options: Partial<ServerOptions> = {}): ServerApp {
  const made = createServerApp({ jobs: 1, ...options });
  servers.push(made);
  return made;
}
after(() => Promise.all(servers.map((s) => s.close())));

type Upload = { name: string; bytes: Buffer | string };
const file = (path: string): Upload => ({ name: basename(path), bytes: readFileSync(path) });

function post(s: ServerApp, uploads: Upload[], headers: Record<string, string> = {}, query = ''): Promise<Response> {
  const form = new FormData();
  for (const u of uploads)
    form.append('files', new Blob([typeof u.bytes === 'string' ? u.bytes : new Uint8Array(u.bytes)]), u.name);
  return Promise.resolve(s.app.request(`/api/documents${query}`, { method: 'POST', body: form, headers }));
}

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
async function body(response: Response): Promise<any> {
  return response.json();
}

/** A refusal: the status, the code, one message in Chinese then English; nothing was kept. */
async function refused(s: ServerApp, response: Response, status: number, code: string, zh?: RegExp): Promise<void> {
  const kept = s.results.size;
  assert.equal(response.status, status);
  const { error } = await body(response);
  assert.equal(error.code, code);
  assert.match(error.zh, /[\u4e00-\u9fff]/);
  assert.match(error.en, /^[\x20-\x7e…]+$/);
  assert.equal(error.message, `${error.zh} / ${error.en}`);
  if (zh) assert.match(error.zh, zh);
  assert.equal(s.results.size, kept, 'nothing kept');
}

/** What the command line answers for a file, with origins naming the file as the upload does. */
async function cliCheck(path: string): Promise<unknown> {
  let out = '';
  await run(['check', path, '--format', 'json'], { stdout: (t) => (out += t), stderr: () => {} });
  return JSON.parse(out.split(JSON.stringify(path).slice(1, -1)).join(basename(path)));
}

describe('HTTP API', () => {
  it('GET /api/health and /openapi.json (3.1, every endpoint, generated from the schemas)', async () => {
    const s = server();
    const health = await body(await s.app.request('/api/health'));
    assert.deepEqual({ ...health, version: '' }, { status: 'ok', version: '', token: false, maxUploadBytes: 50 * 1024 * 1024 });
    const doc = await body(await s.app.request('/openapi.json'));
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/compare/code',
      '/api/compare/department',
      '/api/compare/region',
      '/api/corpus/documents',
      '/api/corpus/documents/{id}',
      '/api/corpus/documents/{id}/file',
      '/api/corpus/documents/{id}/files/{part}',
      '/api/corpus/facets',
      '/api/documents',
      '/api/documents/{id}',
      '/api/documents/{id}/files/{part}',
      '/api/documents/{id}/pdf',
      '/api/health',
    ]);
    assert.ok(doc.paths['/api/documents'].post.requestBody.content['multipart/form-data']);
    assert.deepEqual(Object.keys(doc.paths['/api/documents'].post.responses).sort(), [
      '200',
      '400',
      '401',
      '413',
      '415',
      '422',
      '429',
    ]);
    assert.ok(doc.components.schemas.Finding.properties.severity);
    // A stored document is read and deleted at one path; the delete is a write, behind the token.
    const stored = doc.paths['/api/corpus/documents/{id}'];
    assert.deepEqual(Object.keys(stored).sort(), ['delete', 'get']);
    assert.deepEqual(stored.delete.security, [{ token: [] }]);
    assert.deepEqual(Object.keys(stored.delete.responses).sort(), ['200', '400', '401', '404', '503']);
  });

  it('POST /api/documents answers what check --format json answers, kept under its id for GET', async () => {
    const s = server();
    const response = await post(s, [file(seed)]);
    assert.equal(response.status, 200);
    const answer = await body(response);
    const { id, stored, ...check } = answer;
    assert.deepEqual(check, await cliCheck(seed));
    assert.equal(stored, null, 'no store: nothing stored');
    assert.equal(s.results.size, 1);
    const report = await body(await s.app.request(`/api/documents/${id}`));
    assert.deepEqual(report.findings, answer.findings);
    assert.equal(report.pdf, null);
    assert.ok(report.tables.length >= 8 && report.narrative.length > 0);
    assert.equal(report.tables[0].rows[0].source.file, basename(seed));
    // Every narrative figure checked is listed, true ones too: each amount with its cell; a change,
    // share or sum with the cell of the figure it is of when a table prints it.
    const claims = report.claims as Array<{ rule: string; agrees: boolean; cell?: { line?: number }; table?: string }>;
    assert.ok(claims.some((c) => c.agrees) && claims.some((c) => !c.agrees));
    for (const c of claims.filter((c) => c.rule === 'narrative-amount')) assert.ok(c.cell?.line !== undefined && c.table !== '');
    assert.ok(claims.some((c) => c.rule === 'narrative-share' && c.cell?.line !== undefined));
    for (const c of claims) assert.ok(c.cell === undefined || c.cell.line !== undefined);
    // English on request: the same findings, their messages in English.
    const english = await body(await s.app.request(`/api/documents/${id}?lang=en`));
    assert.deepEqual(
      english.findings.map((f: { rule: string }) => f.rule),
      report.findings.map((f: { rule: string }) => f.rule),
    );
    const messages = (r: { findings: Array<{ message: string }> }) => r.findings.map((f) => f.message).join('\n');
    assert.match(messages(english), /differs from the sum of its parts by -0\.01, within rounding/);
    assert.doesNotMatch(messages(report), /within rounding/);
    await refused(s, await s.app.request(`/api/documents/${id}/pdf`), 404, 'not_found', /不是 PDF/);
  });

  it('a PDF upload keeps its bytes for the page; unknown and malformed ids are 404 and 400', async () => {
    const s = server();
    const { id } = await body(await post(s, [file(pdf)]));
    const bytes = await s.app.request(`/api/documents/${id}/pdf`);
    assert.equal(bytes.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(Buffer.from(await bytes.arrayBuffer()), readFileSync(pdf));
    assert.equal((await body(await s.app.request(`/api/documents/${id}`))).pdf, `/api/documents/${id}/pdf`);
    await refused(s, await s.app.request('/api/documents/1b4e28ba-2fa1-41d2-883f-0016d3cca427'), 404, 'not_found');
    await refused(s, await s.app.request('/api/documents/nonsense'), 400, 'bad_request');
    await refused(s, await s.app.request('/api/documents/1b4e28ba-2fa1-41d2-883f-0016d3cca427?lang=fr'), 400, 'bad_request');
  });

  it('several files: an array in the order given, a bad file in its place with its error', async () => {
    const s = server();
    const response = await post(s, [file(docx), { name: 'x.bin', bytes: Buffer.from([0, 1, 2, 255]) }, file(seed)]);
    assert.equal(response.status, 200);
    const [first, bad, last] = await body(response);
    assert.equal(first.document.source.format, 'docx');
    assert.deepEqual(bad, {
      file: 'x.bin',
      error: {
        code: 'unsupported_format',
        status: 415,
        message: '无法识别的文件格式（可用 PDF、DOCX、XLSX、HTML、文本） / unknown file format (PDF, DOCX, XLSX, HTML or text)',
        zh: '无法识别的文件格式（可用 PDF、DOCX、XLSX、HTML、文本）',
        en: 'unknown file format (PDF, DOCX, XLSX, HTML or text)',
      },
    });
    assert.equal(last.document.source.format, 'text');
    assert.equal(s.results.size, 2);
  });

  it('bad input: no file, wrong request type, wrong file type, not a disclosure, oversize', async () => {
    const s = server({ maxUploadBytes: 4000 });
    await refused(
      s,
      await s.app.request('/api/documents', { method: 'POST', body: new FormData() }),
      400,
      'bad_request',
      /files/,
    );
    await refused(
      s,
      await s.app.request('/api/documents', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }),
      415,
      'unsupported_format',
    );
    await refused(s, await post(s, [{ name: 'a.exe', bytes: Buffer.from([0x4d, 0x5a, 0, 0, 1, 2]) }]), 415, 'unsupported_format');
    await refused(s, await post(s, [{ name: 'empty.txt', bytes: '' }]), 422, 'unreadable', /文件为空/);
    await refused(
      s,
      await post(s, [{ name: 'notes.txt', bytes: '会议纪要\n今天讨论了天气。' }]),
      422,
      'unreadable',
      /不是部门预算/,
    );
    // Over the limit: a file a little larger (read, then refused), and a body far larger (refused before reading).
    // The limit as a person reads it (4000 bytes: 3.9 KB), not a count of bytes.
    await refused(s, await post(s, [{ name: 'big.txt', bytes: 'x'.repeat(5000) }]), 413, 'too_large', /上限 3\.9 KB/);
    await refused(s, await post(s, [{ name: 'huge.txt', bytes: 'x'.repeat(200_000) }]), 413, 'too_large', /上限 3\.9 KB/);
  });

  it('hostile files end as 422 naming the limit, and the server goes on reading', async () => {
    const s = server();
    const deep = `<html><body>${'<div>'.repeat(40_000)}预算${'</div>'.repeat(40_000)}</body></html>`;
    await refused(s, await post(s, [{ name: 'deep.html', bytes: deep }]), 422, 'unreadable', /嵌套过深/);
    const many = makeZip([{ name: 'word/document.xml', data: '<w:document/>' }], { zip64: true, claimedCount: 100_003 });
    await refused(s, await post(s, [{ name: 'many.docx', bytes: many }]), 422, 'unreadable', /条目过多/);
    const cut = readFileSync(pdf).subarray(0, 500);
    await refused(s, await post(s, [{ name: 'cut.pdf', bytes: cut }]), 422, 'unreadable');
    // A file that takes too long ends only its own thread.
    const slow = server({ limits: { ...DEFAULT_LIMITS, timeMs: 1 } });
    await refused(slow, await post(slow, [file(pdf)]), 422, 'unreadable', /读取超时/);
    assert.equal((await post(s, [file(seed)])).status, 200);
  });

  it('writes need the token when one is set; reads and the page do not', async () => {
    const s = server({ token: 's3cret' });
    await refused(s, await post(s, [file(seed)]), 401, 'unauthorized', /令牌/);
    await refused(s, await post(s, [file(seed)], { authorization: 'Bearer wrong' }), 401, 'unauthorized');
    const ok = await post(s, [file(seed)], { authorization: 'Bearer s3cret' });
    assert.equal(ok.status, 200);
    const { id } = await body(ok);
    assert.equal((await s.app.request(`/api/documents/${id}`)).status, 200);
    assert.equal((await body(await s.app.request('/api/health'))).token, true);
    assert.equal((await s.app.request('/')).status, 200);
  });

  it('uploads past the rate are 429 with Retry-After', async () => {
    const s = server({ uploadsPerMinute: 2 });
    const notes = { name: 'n.txt', bytes: '会议纪要' };
    await refused(s, await post(s, [notes]), 422, 'unreadable');
    await refused(s, await post(s, [notes]), 422, 'unreadable');
    const third = await post(s, [notes]);
    assert.ok(Number(third.headers.get('retry-after')) > 0);
    await refused(s, third, 429, 'rate_limited', /每分钟最多 2 次/);
  });

  it('every answer carries a strict Content-Security-Policy; the page and pdf.js are served by the app', async () => {
    const s = server();
    for (const path of ['/', '/api/health', '/app/main.js', '/vendor/pdfjs/build/pdf.min.mjs', '/nothing']) {
      const response = await s.app.request(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    }
    const page = await (await s.app.request('/')).text();
    assert.doesNotMatch(page, /(?:src|href)="(?:https?:)?\/\//, 'nothing from outside');
    assert.equal((await s.app.request('/vendor/pdfjs/cmaps/UniGB-UCS2-H.bcmap')).status, 200);
    assert.equal((await s.app.request('/vendor/pdfjs/standard_fonts/FoxitFixed.pfb')).status, 200);
    assert.equal((await s.app.request('/vendor/pdfjs/package.json')).status, 404);
    assert.equal((await s.app.request('/vendor/pdfjs/build/..%2Fpackage.json')).status, 404);
    assert.equal((await s.app.request('/app/..%2F..%2Fpackage.json')).status, 404);
  });
});
