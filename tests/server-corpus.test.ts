/**
 * The corpus browser and comparison endpoints, in process, on a small DuckDB store (tests/corpus-store.ts):
 * pages, filters and searches; a stored document's report with its claims and its original PDF;
 * the three comparisons as JSON, CSV (with BOM) and XLSX from the same table; and bad input (wrong
 * types, unknown ids, oversize pages) answered 400/404 with a message in Chinese and English.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServerApp, type ServerApp } from '../src/server/app.js';
import { type CorpusStore, corpusStore } from './corpus-store.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
type Json = any;

describe('corpus and comparison API', () => {
  let corpus: CorpusStore;
  let server: ServerApp;
  const get = async (path: string) => server.app.request(path);
  const json = async (path: string, status = 200): Promise<Json> => {
    const response = await get(path);
    const body = await response.json();
    assert.equal(response.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };
  /** A refused request: its status, its code, and a message in both languages. */
  const refused = async (path: string, status: number, code: string, words?: RegExp) => {
    const body = await json(path, status);
    assert.equal(body.error.code, code);
    assert.match(body.error.zh, /[\u4e00-\u9fff]/, 'a Chinese message');
    assert.match(body.error.en, /[a-z]/, 'an English message');
    assert.equal(body.error.message, `${body.error.zh} / ${body.error.en}`);
    if (words) assert.match(body.error.message, words);
  };

  before(async () => {
    corpus = await corpusStore({ pdf: true });
    server = createServerApp({ jobs: 1, store: corpus.store });
  });
  after(async () => {
    await server?.close();
    await corpus?.close();
  });

  it('facets: regions with their counts, years, phases', async () => {
    const facets = await json('/api/corpus/facets');
    assert.deepEqual(
      facets.regions.find((r: Json) => r.region === '吉林省'),
      { region: '吉林省', documents: 4 },
    );
    assert.deepEqual(facets.years, [2025, 2024]);
    assert.deepEqual(facets.phases, ['budget']);
  });

  it('browse: pages, read status and finding counts', async () => {
    const first = await json('/api/corpus/documents?pageSize=2');
    assert.equal(first.total, 6);
    assert.equal(first.documents.length, 2);
    const last = await json('/api/corpus/documents?pageSize=4&page=2');
    assert.equal(last.documents.length, 2);
    const ids = new Set([...first.documents, ...last.documents].map((d: Json) => d.id));
    assert.equal(ids.size, 4, 'pages do not overlap');
    const all = await json('/api/corpus/documents');
    const commerce2025 = all.documents.find((d: Json) => d.department === '吉林省商务厅' && d.year === 2025);
    assert.equal(commerce2025.status, 'read');
    assert.equal(commerce2025.tables, 13);
    assert.ok(commerce2025.errors > 0 && typeof commerce2025.warnings === 'number');
  });

  it('browse: filters by region, year and phase; searches a department and a code', async () => {
    assert.equal((await json('/api/corpus/documents?region=吉林省&year=2024')).total, 2);
    assert.equal((await json('/api/corpus/documents?phase=final_account')).total, 0);
    const search = await json(`/api/corpus/documents?department=${encodeURIComponent('商务厅')}`);
    assert.equal(search.total, 3);
    assert.ok(search.documents.every((d: Json) => d.department === '吉林省商务厅'));
    // A code and a beginning of one: 2011301 行政运行 of 商务事务, printed by the 商务厅's documents.
    const code = await json('/api/corpus/documents?code=2011301');
    assert.ok(code.total >= 3 && code.documents.some((d: Json) => d.department === '吉林省商务厅'));
    assert.ok((await json('/api/corpus/documents?code=201')).total >= code.total);
    assert.equal((await json('/api/corpus/documents?code=9999999')).total, 0);
    // LIKE's wildcards are taken as text.
    assert.equal((await json('/api/corpus/documents?department=%25')).total, 0);
  });

  it('browse: bad input is refused in both languages', async () => {
    const big = await json('/api/corpus/documents?pageSize=1000', 400);
    assert.equal(big.error.zh, '请求无效：pageSize：不能大于 100');
    assert.equal(big.error.en, 'bad request: pageSize: at most 100');
    const phase = await json('/api/corpus/documents?phase=draft', 400);
    assert.equal(phase.error.zh, '请求无效：phase：应为 budget、final_account 之一');
    await refused('/api/corpus/documents?pageSize=1000', 400, 'bad_request', /pageSize/);
    await refused('/api/corpus/documents?pageSize=0', 400, 'bad_request', /pageSize/);
    await refused('/api/corpus/documents?page=abc', 400, 'bad_request', /page/);
    await refused('/api/corpus/documents?year=twenty', 400, 'bad_request', /year/);
    await refused('/api/corpus/documents?phase=draft', 400, 'bad_request', /phase/);
    await refused('/api/corpus/documents?code=20x', 400, 'bad_request', /科目代码/);
    await refused(`/api/corpus/documents?department=${'x'.repeat(101)}`, 400, 'bad_request', /department/);
  });

  it('a stored document’s report: findings, tables, narrative and every checked claim', async () => {
    const { documents } = await json('/api/corpus/documents?year=2024&department=商务厅');
    const text = documents.find((d: Json) => d.sourceFile.endsWith('.txt'));
    const report = await json(`/api/corpus/documents/${text.id}`);
    assert.equal(report.document.department, '吉林省商务厅');
    assert.equal(report.findings.length, text.errors + text.warnings + text.infos);
    assert.equal(report.summary.errors, text.errors);
    assert.equal(report.tables.length, 13);
    assert.ok(report.narrative.length > 0);
    assert.equal(report.pdf, null, 'a text file has no page to show');
    assert.ok(report.claims.length > 0 && report.claims.some((c: Json) => c.agrees));
    // Each claim with a cell (an amount's, a change's or share's figure a table prints) names a row the report's tables have, at its line.
    for (const c of report.claims.filter((c: Json) => c.cell !== undefined))
      assert.ok(report.tables.some((t: Json) => t.kind === c.table && t.rows.some((r: Json) => r.source.line === c.cell.line)));
    await refused(`/api/corpus/documents/${text.id}/file`, 404, 'not_found');
  });

  it('a stored PDF: its report names the original file, which is served', async () => {
    const { documents } = await json('/api/corpus/documents?year=2024&department=商务厅');
    const pdf = documents.find((d: Json) => d.sourceFile.endsWith('.pdf'));
    const report = await json(`/api/corpus/documents/${pdf.id}`);
    assert.equal(report.pdf, `/api/corpus/documents/${pdf.id}/file`);
    assert.ok(report.findings.some((f: Json) => f.source?.box));
    const file = await get(report.pdf);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
  });

  it('stored ids: unknown or malformed', async () => {
    await refused('/api/corpus/documents/999', 404, 'not_found', /999/);
    await refused('/api/corpus/documents/999/file', 404, 'not_found');
    await refused('/api/corpus/documents/abc', 400, 'bad_request', /id/);
    await refused('/api/corpus/documents/-1', 400, 'bad_request', /id/);
  });

  it('a department across years: the answer, its table, and the table as CSV and XLSX', async () => {
    const path = `/api/compare/department?department=${encodeURIComponent('吉林省商务厅')}`;
    const answer = await json(path);
    assert.deepEqual(answer.years, [2024, 2025]);
    // The one amount the 2025 document moves: 2011301 行政运行 of the general budget, +1.00.
    const moved = answer.table.rows.filter((r: Json) => r[5] !== null && r[5] !== '0.00');
    assert.deepEqual(
      moved.map((r: Json) => r.slice(1, 6)),
      [['2011301', '行政运行', '4885.93', '4886.93', '1.00']],
    );
    const csv = await get(`${path}&format=csv`);
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename=.*filename\*=UTF-8''/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    assert.ok(text.startsWith('\uFEFF表 (table),编码 (code),名称 (name),2024年 (2024),2025年 (2025),变化 (change)'));
    assert.equal(text.split('\r\n').length - 2, answer.table.rows.length, 'one CSV line per table row');
    assert.match(text, /,2011301,行政运行,4885\.93,4886\.93,1\.00,0\.02\r\n/);
    const xlsx = await get(`${path}&format=xlsx`);
    assert.equal(xlsx.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
      'PK',
    );
    // One kind, as the page shows it: its lines only, named in the title and the file; all kinds
    // stay the default download, named as such.
    const kinds = new Set(answer.lines.map((l: Json) => l.kind));
    assert.ok(kinds.size > 3 && kinds.has('general_budget_expenditure'));
    const one = await json(`${path}&kind=general_budget_expenditure`);
    assert.ok(one.lines.length > 0 && one.lines.every((l: Json) => l.kind === 'general_budget_expenditure'));
    assert.equal(one.lines.length, answer.lines.filter((l: Json) => l.kind === 'general_budget_expenditure').length);
    assert.ok(one.table.rows.every((r: Json) => r[0] === '一般公共预算支出表'));
    assert.match(one.table.title, /一般公共预算支出表$/);
    const shown = await get(`${path}&kind=general_budget_expenditure&format=csv`);
    assert.match(shown.headers.get('content-disposition') ?? '', /-years-general_budget_expenditure\.csv/);
    const lines = new TextDecoder()
      .decode(await shown.arrayBuffer())
      .split('\r\n')
      .slice(1, -1);
    assert.equal(lines.length, one.table.rows.length);
    assert.ok(lines.every((l) => l.startsWith('一般公共预算支出表,')));
    assert.match(lines.join('\n'), /,2011301,行政运行,4885\.93,4886\.93,1\.00,0\.02/);
    assert.match(csv.headers.get('content-disposition') ?? '', /-years-all-kinds\.csv/);
    await refused(`${path}&kind=bogus`, 400, 'bad_request', /kind/);
    await refused(`${path}&kind=unknown`, 400, 'bad_request', /kind/);
    const nobody = await json('/api/compare/department?department=nobody');
    assert.deepEqual(nobody.years, []);
    await refused('/api/compare/department', 400, 'bad_request', /department/);
    await refused(`${path}&format=pdf`, 400, 'bad_request', /format/);
  });

  it('a region side by side, and one code across the store', async () => {
    const region = await json(`/api/compare/region?region=${encodeURIComponent('吉林省')}`);
    const names = region.departments.map((d: Json) => d.document.department).sort();
    assert.deepEqual(names, ['吉林省人民政府办公厅', '吉林省商务厅']);
    assert.equal(region.table.rows.length, 2);
    assert.ok(region.table.columns.some((c: Json) => c.key === 'three_public'));
    const csv = new TextDecoder().decode(await (await get('/api/compare/region?region=吉林省&format=csv')).arrayBuffer());
    assert.match(csv, /吉林省商务厅,2025,/);
    await refused('/api/compare/region?year=1800', 400, 'bad_request', /year/);

    const code = await json('/api/compare/code?code=2011301&pageSize=1');
    assert.ok(code.total >= 3);
    assert.equal(code.spending.length, 1);
    assert.equal(code.table.rows.length, 1);
    const all = new TextDecoder().decode(await (await get('/api/compare/code?code=2011301&format=csv')).arrayBuffer());
    assert.equal(all.split('\r\n').length - 2, code.total, 'the download holds every document');
    await refused('/api/compare/code?code=abc', 400, 'bad_request', /科目代码/);
    await refused('/api/compare/code?code=2011301&pageSize=101', 400, 'bad_request', /pageSize/);
  });

  it('the OpenAPI document names every new endpoint', async () => {
    const doc = await json('/openapi.json');
    for (const path of [
      '/api/corpus/facets',
      '/api/corpus/documents',
      '/api/corpus/documents/{id}',
      '/api/corpus/documents/{id}/file',
      '/api/compare/department',
      '/api/compare/region',
      '/api/compare/code',
    ])
      assert.ok(doc.paths[path]?.get, path);
    assert.ok(doc.components.schemas.BrowsePage && doc.components.schemas.ComparisonTable);
  });
});

describe('corpus API without a store', () => {
  it('answers 503 in both languages', async () => {
    const server = createServerApp({ jobs: 1 });
    try {
      const response = await server.app.request('/api/corpus/documents');
      assert.equal(response.status, 503);
      const body = await response.json();
      assert.equal(body.error.code, 'no_store');
      assert.match(body.error.message, /--db/);
    } finally {
      await server.close();
    }
  });
});
