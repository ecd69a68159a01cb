import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileLine, progressPrinter, summaryText } from './progress.js';
const stored = {
    files: ['a/caizheng-2026-sm.pdf', 'a/caizheng-2026-bb.pdf'],
    status: 'stored',
    pages: 60,
    errors: 2,
    version: 1,
};
const failed = { files: ['a/scan.pdf'], status: 'failed', pages: 0, errors: 0, reason: '扫描页无法识别 / scanned page' };
test('not a terminal: one plain line per file, failures with their reason', () => {
    let out = '';
    const clock = [0, 0, 2000];
    const progress = progressPrinter((t) => (out += t), 3, false, () => clock.shift() ?? 2000);
    progress.onFile(stored);
    progress.onFile(failed);
    assert.equal(out, '[2/3] 已存 stored a/caizheng-2026-sm.pdf + a/caizheng-2026-bb.pdf (2 个错误 errors)\n[3/3] 失败 failed a/scan.pdf: 扫描页无法识别 / scanned page\n');
    assert.deepEqual([progress.tally.files, progress.tally.stored, progress.tally.failed, progress.tally.pages, progress.tally.withErrors], [3, 1, 1, 60, 1]);
});
test('a terminal: one line rewritten with files, pages per second and failures; failures stay above it', () => {
    let out = '';
    let now = 0;
    const progress = progressPrinter((t) => (out += t), 4, true, () => now);
    now = 2000;
    progress.onFile(stored);
    assert.equal(out, `\r\x1b[K[${'#'.repeat(10)}${'.'.repeat(10)}] 2/4 文件 files · 30.0 页/秒 pages/s · 0 失败 failed · 2 个错误 errors`);
    out = '';
    progress.onFile(failed);
    assert.ok(out.startsWith('\r\x1b[K[3/4] 失败 failed a/scan.pdf'));
    assert.match(out, /3\/4 文件 files .* 1 失败 failed · 2 个错误 errors$/);
    out = '';
    progress.clear();
    assert.equal(out, '\r\x1b[K');
});
test('the summary counts, rates and lists the failures', () => {
    const progress = progressPrinter(() => { }, 3, false, () => 0);
    progress.onFile(stored);
    progress.onFile(failed);
    const text = summaryText(progress.tally, 4, 'budgetlens.duckdb (duckdb)');
    assert.match(text, /入库 3 个文件：新存 1，已有 0，失败 1；60 页，用时 4\.0 秒（15\.0 页\/秒）/);
    assert.match(text, /ingested 3 files: 1 stored, 0 already stored, 1 failed; 60 pages in 4\.0 s \(15\.0 pages\/s\)/);
    assert.match(text, /✖ a\/scan\.pdf: 扫描页无法识别 \/ scanned page/);
    assert.equal(fileLine({ ...stored, version: 2, errors: 0 }, 1, 1), '[1/1] 已存 stored v2 a/caizheng-2026-sm.pdf + a/caizheng-2026-bb.pdf');
});
//# sourceMappingURL=progress.test.js.map