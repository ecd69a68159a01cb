/**
 * 北京's two files in Debian's Chromium (playwright-core): a pair of the corpus (中共北京市委军民融合
 * 发展委员会办公室 2026: 情况说明 7 pages, 报表 17) ingested by `budgetlens ingest` and opened from
 * the corpus browser, then the same pair dropped on the upload page together. The report shows
 * each file (a switch naming 情况说明 and 报表), each finding and claim boxed on the page of the file
 * it is on — the narrative's sentence on the 情况说明, the cell it was checked against on the 报表 —
 * and every page number names its file, in Chinese and in English. Screenshots go to
 * test-artifacts/web/ (git-ignored). Skips, naming what is missing, without /usr/bin/chromium or
 * ../shared/corpus.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { cli } from '../src/ingest/testing.js';
import { type RunningServer, startServer } from '../src/server/serve.js';
import { BEIJING_PAIR, pairMissing } from './beijing-pair.js';
import { ARTIFACTS, type Browser, chromiumMissing, launchChromium, watchedPage } from './chromium.js';

const [SM, BB] = BEIJING_PAIR;

describe('北京’s two files in Chromium', { skip: chromiumMissing || pairMissing }, () => {
  let scratch: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'budgetlens-web-parts-'));
    const db = join(scratch, 'beijing.duckdb');
    const ingested = cli('ingest', SM, BB, '--db', db, '--jobs', '1');
    // Exit 1: stored, with errors found (the 报表's, as check says them).
    assert.equal(ingested.code, 1, ingested.stderr);
    assert.match(ingested.stderr, /已存 stored .*junmin-ronghe-2026-sm\.pdf \+ .*junmin-ronghe-2026-bb\.pdf/);
    server = await startServer({ host: '127.0.0.1', port: 0, token: null, db });
    browser = await launchChromium();
    page = await watchedPage(browser, problems);
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        problems.push(`outside request ${r.url()}`);
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const status = (text: string) =>
    page.waitForFunction((want) => document.querySelector('#pdf-page')?.textContent === want, text, { timeout: 30_000 });
  /** The outlined box is on the page shown, inside its canvas. */
  const activeInCanvas = async () => {
    const canvas = await page.locator('canvas.page').boundingBox();
    const box = await page.locator('.box.active').boundingBox();
    assert.ok(canvas && box && box.x >= canvas.x - 1 && box.x + box.width <= canvas.x + canvas.width + 1);
    assert.equal(await page.locator('.box.active').count(), 1);
  };
  const rounding = () => page.locator('.finding', { hasText: '一般公共预算拨款收入 9142.56 万元' });

  it('ingested, opened from the corpus: both files, the first error on the 报表, pages named by file', async () => {
    await page.goto(`${server.url}/#/corpus`);
    await page.waitForSelector('.corpus-table');
    await page.locator('.open-doc').first().click();
    await page.waitForSelector('.report .box', { timeout: 60_000 });
    assert.deepEqual(await page.locator('.file-tab').allTextContents(), [
      '情况说明 · junmin-ronghe-2026-sm.pdf',
      '报表 · junmin-ronghe-2026-bb.pdf',
    ]);
    assert.equal(await page.locator('.file-tab.on').textContent(), '报表 · junmin-ronghe-2026-bb.pdf');
    assert.match((await page.locator('#pdf-page').textContent()) ?? '', /^报表 · 第 \d+ 页 \/ 共 17 页$/);
    assert.match(
      (await page.locator('.report-head').textContent()) ?? '',
      /junmin-ronghe-2026-sm\.pdf \+ junmin-ronghe-2026-bb\.pdf/,
    );
    // Each finding names the file of its places.
    assert.deepEqual(await rounding().locator('.place').allTextContents(), ['情况说明 第 3 页', '报表 第 1 页']);
    assert.deepEqual(
      await page.locator('.finding.error .place').first().textContent(),
      '报表 第 2 页',
      'the 收支总表 balance error, on the 报表',
    );
  });

  it('a narrative finding: its sentence boxed on the 情况说明, its cell on the 报表', async () => {
    await rounding().locator('.place', { hasText: '情况说明' }).click();
    await status('情况说明 · 第 3 页 / 共 7 页');
    assert.equal(await page.locator('.file-tab.on').textContent(), '情况说明 · junmin-ronghe-2026-sm.pdf');
    await page.waitForSelector('.box.active');
    await activeInCanvas();
    await shot('parts-1-narrative-finding');
    await rounding().locator('.place', { hasText: '报表' }).click();
    await status('报表 · 第 1 页 / 共 17 页');
    await page.waitForSelector('.box.active.cell');
    assert.equal(await page.locator('.box.active').getAttribute('data-printed'), '9,142.554971');
    await activeInCanvas();
    await shot('parts-2-cell-on-tables');
  });

  it('a narrative claim: to its sentence on the 情况说明, and to its cell on the 报表', async () => {
    await page.locator('.tab-narrative').click();
    const claim = page.locator('.claim[data-agrees="true"]', { hasText: '财政拨款三公经费' }).first();
    assert.equal(await claim.locator('.to-source').textContent(), '↗ 原文 (情况说明 第 5 页)');
    await claim.locator('.to-source').click();
    await status('情况说明 · 第 5 页 / 共 7 页');
    await page.waitForSelector('.box.active');
    await activeInCanvas();
    assert.match((await claim.locator('.to-cell').textContent()) ?? '', /\(报表 第 13 页\)$/);
    await claim.locator('.to-cell').click();
    await status('报表 · 第 13 页 / 共 17 页');
    await page.waitForSelector('.box.active.cell');
    assert.equal(await page.locator('.box.active').getAttribute('data-printed'), '40.770000');
    assert.match((await page.locator('tr.focus').textContent()) ?? '', /40\.77/);
    await shot('parts-3-claim');
    // The switch: each file where it was left.
    await page.locator('.file-tab', { hasText: '情况说明' }).click();
    await status('情况说明 · 第 5 页 / 共 7 页');
    await page.locator('.file-tab', { hasText: '报表' }).click();
    await status('报表 · 第 13 页 / 共 17 页');
    // The tables as read name their file too.
    await page.locator('.tab-tables').click();
    assert.match((await page.locator('.read-table h3 small').first().textContent()) ?? '', /报表 第 1 页$/);
  });

  it('in English on the toggle: the files and their pages', async () => {
    await page.locator('#lang').click();
    await page.waitForSelector('body[data-ready]');
    assert.deepEqual(await page.locator('.file-tab').allTextContents(), [
      'Narrative · junmin-ronghe-2026-sm.pdf',
      'Tables · junmin-ronghe-2026-bb.pdf',
    ]);
    await page.waitForFunction(() => /^Tables · Page \d+ \/ 17$/.test(document.querySelector('#pdf-page')?.textContent ?? ''));
    assert.deepEqual(await rounding().locator('.place').allTextContents(), ['Narrative p. 3', 'Tables p. 1']);
    await shot('parts-4-english');
    await page.locator('#lang').click();
    await page.waitForSelector('body[data-ready]');
    assert.equal(await page.locator('.tab-findings').textContent(), '问题');
  });

  it('the two files dropped on the upload page together: one report, both files as given', async () => {
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('.drop');
    await page.setInputFiles('#files', [BB, SM]);
    await page.waitForSelector('.report .box', { timeout: 120_000 });
    assert.match(page.url(), /#\/report\/[\w-]+$/);
    assert.deepEqual(await page.locator('.file-tab').allTextContents(), [
      '报表 · junmin-ronghe-2026-bb.pdf',
      '情况说明 · junmin-ronghe-2026-sm.pdf',
    ]);
    await rounding().locator('.place', { hasText: '情况说明' }).click();
    await status('情况说明 · 第 3 页 / 共 7 页');
    await page.waitForSelector('.box.active');
    await activeInCanvas();
    await shot('parts-5-uploaded-together');
    assert.deepEqual(problems, []);
  });
});
