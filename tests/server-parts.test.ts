/**
 * A document of two files in the API (北京's 情况说明 and 报表, read as one): the report names each
 * file (`files`: its name as origins give it, what it holds, where its PDF is) and serves each PDF
 * at a route of its own, for an upload of the two together and for a stored document — kept copies
 * of an upload, and the corpus's files ingested by `budgetlens ingest`; every origin of the report
 * (findings, claims, rows, sections) names one of its files; and bad input (a part the document does
 * not have, not a number, a file that is no PDF, an unknown id, no store) is refused in both
 * languages. The 北京 pair (tests/beijing-pair.ts) comes from ../shared/corpus: its tests skip,
 * naming what is missing, without it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, twoFileDisclosure } from '../src/ingest/testing.js';
import { createServerApp, type ServerApp } from '../src/server/app.js';
import { originName } from '../src/server/stored-report.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { BEIJING_PAIR, pairMissing } from './beijing-pair.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
type Json = any;

const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-serve-parts-'));
const opened: Array<{ server: ServerApp; store: Store | null }> = [];
after(async () => {
  for (const { server, store } of opened) {
    await server.close();
    await store?.close();
  }
  rmSync(scratch, { recursive: true, force: true });
});

async function serve(db: string | null): Promise<ServerApp> {
  const store = db ? await openStore({ dialect: 'duckdb', path: db }) : null;
  const server = createServerApp({ jobs: 1, store, uploadsDir: join(scratch, `uploads-${opened.length}`) });
  opened.push({ server, store });
  return server;
}

function post(server: ServerApp, paths: readonly string[]): Promise<Response> {
  const form = new FormData();
  for (const path of paths) form.append('files', new Blob([new Uint8Array(readFileSync(path))]), basename(path));
  return Promise.resolve(server.app.request('/api/documents', { method: 'POST', body: form }));
}

async function json(server: ServerApp, path: string, status = 200): Promise<Json> {
  const response = await server.app.request(path);
  const body = await response.json();
  assert.equal(response.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

/** A refused request: its status and code, a message in Chinese and in English. */
async function refused(server: ServerApp, path: string, status: number, code: string, words?: RegExp): Promise<void> {
  const { error } = await json(server, path, status);
  assert.equal(error.code, code);
  assert.match(error.zh, /[\u4e00-\u9fff]/);
  assert.match(error.en, /[a-z]/);
  if (words) assert.match(error.message, words);
}

const bytesAt = async (server: ServerApp, path: string) => {
  const response = await server.app.request(path);
  assert.equal(response.status, 200, path);
  assert.equal(response.headers.get('content-type'), 'application/pdf');
  return Buffer.from(await response.arrayBuffer());
};

/** Every origin of a report: findings' sources and cells, claims', the tables' rows and the narrative's. */
function origins(report: Json): Json[] {
  return [
    ...report.findings.flatMap((f: Json) => [f.source, f.cell]),
    ...report.claims.flatMap((c: Json) => [c.source, c.cell]),
    ...report.tables.flatMap((t: Json) => [t.source, ...t.rows.map((r: Json) => r.source)]),
    ...report.narrative.map((s: Json) => s.source),
  ].filter((o) => o !== undefined);
}

/**
 * What the page needs of a report of 北京's pair: both files, in the order `given` (paths), named
 * as `names`, each origin on one of them, each PDF served at `route(part)`.
 */
async function assertPair(
  server: ServerApp,
  report: Json,
  given: readonly string[],
  names: string[],
  route: (part: number) => string,
): Promise<void> {
  const holds = (path: string) => (path === BEIJING_PAIR[0] ? 'narrative' : 'tables');
  assert.deepEqual(
    report.files.map((f: Json) => [f.part, f.file, f.holds, f.format, f.pdf]),
    given.map((path, part) => [part, names[part], holds(path), 'pdf', route(part)]),
  );
  const files = new Set(names);
  const all = origins(report);
  assert.ok(all.length > 100);
  for (const origin of all) assert.ok(files.has(origin.file), `an origin on a file of the report: ${origin.file}`);
  // Findings on both files: the narrative's on the 情况说明 (p. 3: 一般公共预算拨款收入 9142.56 against
  // the 收支总表's 9142.554971, within rounding, whose cell is on the 报表's p. 1), the tables' on the 报表.
  const narrative = names[given.indexOf(BEIJING_PAIR[0])];
  const tables = names[given.indexOf(BEIJING_PAIR[1])];
  const rounding = report.findings.find((f: Json) => f.rule === 'narrative-amount' && f.cell);
  assert.deepEqual(
    [rounding.source.file, rounding.source.page, rounding.cell.file, rounding.cell.page],
    [narrative, 3, tables, 1],
  );
  assert.ok(report.findings.some((f: Json) => f.severity === 'error' && f.source?.file === tables && f.source.box));
  assert.ok(
    report.claims.some((c: Json) => c.source.file === narrative && c.source.page && c.source.box && c.cell?.file === tables),
  );
  for (const [part, path] of given.entries()) assert.deepEqual(await bytesAt(server, route(part)), readFileSync(path));
  // The one PDF `pdf` names, as before: the 报表.
  assert.deepEqual(await bytesAt(server, report.pdf), readFileSync(BEIJING_PAIR[1]));
}

describe('a document of two files: its files in the report, each PDF served', () => {
  it('text files uploaded together: both named with what they hold, no PDF to serve; bad parts refused', async () => {
    const server = await serve(null);
    const [narrative, tables] = twoFileDisclosure(join(scratch, 'text'));
    const response = await post(server, [narrative, tables]);
    const [answer] = await response.json();
    const report = await json(server, `/api/documents/${answer.id}`);
    assert.deepEqual(report.files, [
      { part: 0, file: basename(narrative), format: 'text', holds: 'narrative', pdf: null },
      { part: 1, file: basename(tables), format: 'text', holds: 'tables', pdf: null },
    ]);
    assert.equal(report.pdf, null);
    await refused(server, `/api/documents/${answer.id}/files/0`, 404, 'not_found', /不是 PDF/);
    await refused(server, `/api/documents/${answer.id}/files/2`, 404, 'not_found', /没有第 2 部分.*no file number 2/);
    await refused(server, `/api/documents/${answer.id}/files/x`, 400, 'bad_request', /part/);
    await refused(server, `/api/documents/${answer.id}/files/-1`, 400, 'bad_request', /part/);
    await refused(server, `/api/documents/${answer.id}/files/1.5`, 400, 'bad_request', /part/);
    await refused(server, `/api/documents/${answer.id}/files/100`, 400, 'bad_request', /part/);
    await refused(server, '/api/documents/1b4e28ba-2fa1-41d2-883f-0016d3cca427/files/0', 404, 'not_found', /重新上传/);
    await refused(server, '/api/documents/nonsense/files/0', 400, 'bad_request', /id/);
  });

  it('a document of one file: one file, part 0, holding neither', async () => {
    const server = await serve(null);
    const [, tables] = twoFileDisclosure(join(scratch, 'one'));
    const answer = await (await post(server, [tables])).json();
    const report = await json(server, `/api/documents/${answer.id}`);
    assert.deepEqual(report.files, [{ part: 0, file: basename(tables), format: 'text', holds: null, pdf: null }]);
  });

  it('text files stored from an upload: the stored report names them as their origins do, not by the kept copies', async () => {
    const server = await serve(join(scratch, 'text.duckdb'));
    const [narrative, tables] = twoFileDisclosure(join(scratch, 'stored-text'));
    const [answer] = await (await post(server, [tables, narrative])).json();
    const report = await json(server, `/api/corpus/documents/${answer.stored.id}`);
    assert.deepEqual(
      report.files.map((f: Json) => [f.part, f.file, f.holds, f.pdf]),
      [
        [0, basename(tables), 'tables', null],
        [1, basename(narrative), 'narrative', null],
      ],
    );
    for (const origin of origins(report)) assert.ok([basename(tables), basename(narrative)].includes(origin.file));
    await refused(server, `/api/corpus/documents/${answer.stored.id}/files/0`, 404, 'not_found', /不是 PDF/);
    await refused(server, `/api/corpus/documents/${answer.stored.id}/files/2`, 404, 'not_found', /没有第 2 部分/);
    await refused(server, `/api/corpus/documents/${answer.stored.id}/files/x`, 400, 'bad_request', /part/);
    await refused(server, '/api/corpus/documents/999/files/0', 404, 'not_found', /999/);
    await refused(server, '/api/corpus/documents/abc/files/0', 400, 'bad_request', /id/);
    await refused(await serve(null), '/api/corpus/documents/1/files/0', 503, 'no_store');
  });

  it('the OpenAPI document names both routes', async () => {
    const doc = await json(await serve(null), '/openapi.json');
    for (const path of ['/api/documents/{id}/files/{part}', '/api/corpus/documents/{id}/files/{part}'])
      assert.deepEqual(
        doc.paths[path].get.parameters.map((p: Json) => p.name),
        ['id', 'part'],
      );
    assert.ok(doc.components.schemas.ReportFile);
  });
});

describe('北京’s two PDFs: uploaded together, and ingested from the corpus', { skip: pairMissing }, () => {
  const db = join(scratch, 'beijing.duckdb');
  let server: ServerApp;

  before(async () => {
    // The corpus's files ingested as `ingest` stores them: the two read as one document.
    const ingested = cli('ingest', ...BEIJING_PAIR, '--db', db, '--jobs', '1');
    // Exit 1: stored, with errors found (the 报表's, as check says them).
    assert.equal(ingested.code, 1, ingested.stderr);
    assert.match(ingested.stderr, /已存 stored .*junmin-ronghe-2026-sm\.pdf \+ .*junmin-ronghe-2026-bb\.pdf/);
    server = await serve(db);
  });

  it('uploaded together: one document, both files, each PDF at its route', async () => {
    // Given 报表 first: the parts keep the order given.
    const given = [BEIJING_PAIR[1], BEIJING_PAIR[0]];
    const response = await post(server, given);
    assert.equal(response.status, 200);
    const answers = await response.json();
    assert.equal(answers.length, 1, 'the two files are one document');
    const [answer] = answers;
    assert.equal(answer.stored.new, false, 'stored before, by ingest');
    const report = await json(server, `/api/documents/${answer.id}`);
    await assertPair(
      server,
      report,
      given,
      given.map((p) => basename(p)),
      (part) => `/api/documents/${answer.id}/files/${part}`,
    );
    await refused(server, `/api/documents/${answer.id}/files/2`, 404, 'not_found', /没有第 2 部分/);
  });

  it('ingested: the stored report names the corpus files, and serves each', async () => {
    const { documents } = await json(server, '/api/corpus/documents');
    assert.equal(documents.length, 1);
    const { id } = documents[0];
    const report = await json(server, `/api/corpus/documents/${id}`);
    await assertPair(server, report, BEIJING_PAIR, [...BEIJING_PAIR], (part) => `/api/corpus/documents/${id}/files/${part}`);
    await refused(server, `/api/corpus/documents/${id}/files/2`, 404, 'not_found', /没有第 2 部分/);
  });
});

describe('the name a stored file goes by', () => {
  it('its path when origins name it so, else the name origins give the same file, else its base name', () => {
    const names = new Set(['/corpus/beijing/a-sm.pdf', 'b-bb.pdf']);
    assert.equal(originName('/corpus/beijing/a-sm.pdf', names), '/corpus/beijing/a-sm.pdf');
    assert.equal(originName('/srv/uploads/0f3a/b-bb.pdf', names), 'b-bb.pdf');
    assert.equal(originName('/srv/uploads/0f3a/c.pdf', names), 'c.pdf');
  });
});
