/**
 * Twenty uploads at once over HTTP (the four seeds as text, HTML, DOCX and XLSX; a seed's 63-page
 * PDF; a small PDF three times over), with two hostile files among them: every upload completes
 * with the result `check --format json` gives for the same file, each kept once under its own id,
 * and the hostile ones end alone as 422. (One long PDF, not four: the test reads each file twice.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../src/cli/main.js';
import { startServer } from '../src/server/serve.js';
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
async function cliAnswers(paths: string[]): Promise<unknown[]> {
  let out = '';
  await run(['check', ...paths, '--format', 'json', '--no-group'], { stdout: (t) => (out += t), stderr: () => {} });
  for (const path of paths) out = out.split(JSON.stringify(path).slice(1, -1)).join(basename(path));
  return JSON.parse(out) as unknown[];
}

function upload(url: string, name: string, bytes: Uint8Array): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${url}/api/documents`, { method: 'POST', body: form });
}

describe('20 uploads at once', () => {
  it('every result right, each kept once, hostile files refused alone', async () => {
    assert.equal(files.length, 20);
    const running = await startServer({ host: '127.0.0.1', port: 0, token: null });
    try {
      const deep = Buffer.from(`<html><body>${'<div>'.repeat(40_000)}预算${'</div>'.repeat(40_000)}</body></html>`);
      const cut = readFileSync(smallPdf).subarray(0, 700);
      const started = Date.now();
      const [answers, hostile] = await Promise.all([
        Promise.all(files.map(async (path) => (await upload(running.url, basename(path), readFileSync(path))).json())),
        Promise.all([upload(running.url, 'deep.html', deep), upload(running.url, 'cut.pdf', cut)]),
      ]);
      const seconds = (Date.now() - started) / 1000;
      assert.deepEqual(
        hostile.map((r) => r.status),
        [422, 422],
      );
      const expected = await cliAnswers(distinct);
      answers.forEach((answer, i) => {
        const { id, ...check } = answer as { id: string };
        assert.ok(id, `${files[i]}: ${JSON.stringify(answer).slice(0, 300)}`);
        assert.deepEqual(check, expected[distinct.indexOf(files[i] as string)], basename(files[i] as string));
      });
      const ids = new Set(answers.map((a) => (a as { id: string }).id));
      assert.equal(ids.size, 20);
      assert.equal(running.server.results.size, 20);
      for (const id of ids) assert.equal((await fetch(`${running.url}/api/documents/${id}`)).status, 200);
      console.error(`# 20 uploads and 2 hostile files at once: ${seconds.toFixed(1)} s`);
    } finally {
      await running.close();
    }
  });
});
