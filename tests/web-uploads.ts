/**
 * Uploads and the store in Debian's Chromium (playwright-core), on a serve with its own DuckDB
 * store: a round-trip PDF uploaded is stored and listed by the corpus browser; its stored report
 * shows the original PDF with the findings boxed on their cells, in Chinese, and in English on the
 * toggle; the 情况说明 and 报表 files of one 北京-style disclosure dropped together are one document;
 * a stored document deleted from the corpus browser (confirmed, with the token this server asks
 * for, the list updated; a refusal shown in Chinese, in English on the toggle), and from its report
 * page (the same confirmation, token and refusal; then back to the list it was opened from, which
 * says what was deleted, and an empty store says it is empty). Screenshots go to
 * test-artifacts/web/ (git-ignored). Skips, naming what is missing, without /usr/bin/chromium.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { twoFileDisclosure } from '../src/ingest/testing.js';
import { type RunningServer, startServer } from '../src/server/serve.js';
import { ARTIFACTS, type Browser, launchChromium, chromiumMissing as missing, watchedPage } from './chromium.js';
import { projectRoot } from './paths.js';

const roundtripPdf = join(projectRoot, 'tests', 'fixtures', 'roundtrip', '000_7094a3d6e0f48fbd.pdf');
/** Writes (uploads, deletes) on this server need it, as on a shared deployment. */
const TOKEN = 'web-uploads-test-token';

describe('uploads stored, in Chromium', { skip: missing }, () => {
  let scratch: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'budgetlens-web-uploads-'));
    server = await startServer({ host: '127.0.0.1', port: 0, token: TOKEN, db: join(scratch, 'web.duckdb') });
    browser = await launchChromium();
    page = await watchedPage(browser, problems);
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      const next = answers.shift();
      void (next?.accept ? dialog.accept() : dialog.dismiss()).then(() => next?.answered());
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const ready = () => page.waitForSelector('body[data-ready]');
  const rows = () => page.locator('.corpus-table tbody tr');
  /**
   * The questions the page asked (its delete confirmations), each answered as the next `answer` said;
   * one listener for the whole suite (set in before), not one per question.
   */
  const asked: string[] = [];
  const answers: Array<{ accept: boolean; answered: () => void }> = [];
  /**
   * Click a delete button and answer its confirmation; returns once the page has the answer (no wait
   * on the page may run while its dialog is open: one that did saw the dialog dismissed).
   */
  const clickAndAnswer = async (button: Locator, accept: boolean) => {
    const answered = new Promise<void>((resolve) => answers.push({ accept, answered: resolve }));
    await button.click();
    await answered;
  };

  it('a PDF uploaded is stored, listed in the corpus, and its stored report boxes the cells, 中文 then English', async () => {
    await page.goto(`${server.url}/`);
    await ready();
    // Without the token: the upload refused, said as such (not as a file that could not be read).
    await page.setInputFiles('#files', roundtripPdf);
    await page.waitForSelector('.upload.failed');
    assert.equal(
      await page.locator('.upload.failed .error-text').textContent(),
      '上传失败：需要有效的令牌（Authorization: Bearer …）',
    );
    await page.fill('#token', TOKEN);
    await page.setInputFiles('#files', roundtripPdf);
    await page.waitForSelector('.report .box', { timeout: 90_000 });
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('.upload.done .in-store');
    assert.match((await page.locator('.upload.done .in-store').textContent()) ?? '', /^已存入文件库 #\d+$/);
    await page.goto(`${server.url}/#/corpus`);
    await page.waitForSelector('.corpus-table');
    assert.equal(await page.locator('.corpus-table tbody tr').count(), 1);
    assert.match((await page.locator('.corpus-table tbody').textContent()) ?? '', /吉林省商务厅/);
    await page.locator('.open-doc').first().click();
    await page.waitForSelector('.report .box', { timeout: 60_000 });
    assert.equal(await page.locator('.count.error').textContent(), '错误 5');
    const findings = () => page.locator('.panel.findings').textContent();
    assert.match((await findings()) ?? '', /属四舍五入误差/);
    await page.locator('.finding.info', { hasText: 'hierarchy-sum' }).first().click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#pdf-page')?.dataset.page === '9');
    await page.locator('.box.cell').first().waitFor();
    assert.equal(await page.locator('.box.cell').count(), 3);
    await shot('uploads-1-stored-cells');
    await page.locator('#lang').click();
    await ready();
    await page.waitForFunction(() => /within rounding/.test(document.querySelector('.panel.findings')?.textContent ?? ''));
    assert.doesNotMatch((await findings()) ?? '', /属四舍五入误差/);
    await shot('uploads-2-stored-english');
    await page.locator('#lang').click();
    await ready();
  });

  it('the 情况说明 and 报表 files dropped together are read as one document', async () => {
    const [narrative, tables] = twoFileDisclosure(join(scratch, 'beijing'));
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('.drop');
    await page.setInputFiles('#files', [narrative, tables]);
    await page.waitForSelector('.report-head h1', { timeout: 60_000 });
    assert.match((await page.locator('.report-head').textContent()) ?? '', /北京市财政局/);
    await page.goto(`${server.url}/#/`);
    const line = page.locator('.upload.done').first();
    await line.waitFor();
    assert.equal(await line.locator('.name').getAttribute('data-files'), '2');
    assert.match((await line.locator('.name').textContent()) ?? '', /情况说明\.txt \+ .*报表\.txt/);
    await shot('uploads-3-two-files-one-document');
  });

  it('a stored document deleted from the corpus browser: confirmed, with the token, the list updated', async () => {
    await page.goto(`${server.url}/#/corpus`);
    await ready();
    await page.waitForSelector('.corpus-table');
    assert.equal(await rows().count(), 2);
    const beijing = rows().filter({ hasText: '北京市财政局' });
    const id = await beijing.getAttribute('data-id');
    // Not confirmed: nothing deleted.
    await clickAndAnswer(beijing.locator('.delete-doc'), false);
    assert.match(asked.at(-1) ?? '', new RegExp(`从文件库删除.*\\n#${id} 北京市财政局`, 's'));
    assert.equal(await rows().count(), 2);
    // A wrong token: refused, the error in the page in Chinese, then in English on the toggle.
    await page.fill('#token', 'not-the-token');
    await clickAndAnswer(beijing.locator('.delete-doc'), true);
    await page.waitForSelector('.delete-failed');
    assert.equal(await page.locator('.delete-failed').textContent(), '删除失败：需要有效的令牌（Authorization: Bearer …）');
    assert.equal(await rows().count(), 2);
    await page.locator('#lang').click();
    await page.waitForSelector('.delete-failed >> text=Delete failed: a valid token is needed');
    await shot('uploads-4-delete-refused-english');
    await page.locator('#lang').click();
    await ready();
    // The token: deleted, and the list shows the store without it.
    await page.fill('#token', TOKEN);
    await clickAndAnswer(beijing.locator('.delete-doc'), true);
    await page.waitForSelector('.deleted');
    assert.match((await page.locator('.deleted').textContent()) ?? '', new RegExp(`^已删除：#${id} 北京市财政局`));
    assert.equal(await rows().count(), 1);
    assert.match((await page.locator('.corpus .total').textContent()) ?? '', /文件：1$/);
    assert.equal((await fetch(`${server.url}/api/corpus/documents/${id}`)).status, 404);
    await shot('uploads-5-corpus-deleted');
  });

  it('a stored document deleted from its report: the same confirmation and token, then back to the list', async () => {
    // Opened from a list with a filter: the delete goes back to that list.
    await page.goto(`${server.url}/#/corpus?region=${encodeURIComponent('吉林省')}`);
    await ready();
    await page.waitForSelector('.corpus-table');
    const id = await rows().first().getAttribute('data-id');
    await rows().first().locator('.open-doc').click();
    await page.waitForSelector('.report .box', { timeout: 60_000 });
    const remove = page.locator('.report-head .delete-doc');
    assert.equal(await remove.textContent(), '删除');
    // Not confirmed: still the report, nothing deleted.
    await clickAndAnswer(remove, false);
    assert.match(asked.at(-1) ?? '', new RegExp(`从文件库删除.*\\n#${id} 吉林省商务厅 2024 预算 v1`, 's'));
    assert.match(page.url(), new RegExp(`#/stored/${id}$`));
    // A wrong token: refused on the report (in English on the toggle: the corpus browser's test).
    await page.fill('#token', 'not-the-token');
    await clickAndAnswer(remove, true);
    await page.waitForSelector('.report-head .delete-failed');
    assert.equal(await page.locator('.delete-failed').textContent(), '删除失败：需要有效的令牌（Authorization: Bearer …）');
    assert.match(page.url(), new RegExp(`#/stored/${id}$`));
    await shot('uploads-6-report-delete-refused');
    // The token: deleted, and the list it was opened from says so, now empty.
    await page.fill('#token', TOKEN);
    await clickAndAnswer(page.locator('.report-head .delete-doc'), true);
    await page.waitForFunction(() => location.hash.startsWith('#/corpus'));
    await ready();
    await page.waitForSelector('.corpus .deleted');
    assert.equal(new URL(page.url()).hash, `#/corpus?region=${encodeURIComponent('吉林省')}`);
    assert.match((await page.locator('.deleted').textContent()) ?? '', new RegExp(`^已删除：#${id} 吉林省商务厅`));
    assert.equal(await page.locator('.corpus .empty').textContent(), '没有符合条件的文件');
    assert.equal(await page.locator('select[name=region]').inputValue(), '吉林省');
    assert.equal((await fetch(`${server.url}/api/corpus/documents/${id}`)).status, 404);
    await shot('uploads-7-deleted-from-report');
    // The whole store is empty now, and says so.
    await page.locator('.nav-corpus').click();
    await page.waitForSelector('.corpus .empty >> text=文件库中还没有文件');
    // The refused deletes' 401s are logged by the browser as failed loads; nothing else went wrong.
    assert.deepEqual(
      problems.filter((p) => !/status of 401/.test(p)),
      [],
    );
  });
});
