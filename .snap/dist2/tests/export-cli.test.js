/** `budgetlens export`: the files it writes, and one-line errors with nothing half-written. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, SEED_000, SEED_003 } from './cli-run.js';
const scratch = () => mkdtempSync(join(tmpdir(), 'budgetlens-export-'));
function assertChineseFirst(line) {
    assert.match(line ?? '', /[\u4e00-\u9fff].* \/ [A-Za-z]/, 'Chinese first, then English');
}
describe('budgetlens export', () => {
    it('writes one CSV per table kind into a new folder and says what it wrote', () => {
        const out = join(scratch(), 'csv');
        const { code, stdout } = cli('export', SEED_000, SEED_003, '--format', 'csv', '--out', out);
        assert.equal(code, 0);
        assert.match(stdout, /已导出 2 份文件的 \d+ 张表.* \/ exported \d+ tables/);
        const names = readdirSync(out);
        assert.ok(names.includes('expenditure_summary.csv') && names.includes('three_public.csv'), names.join(' '));
        const text = readFileSync(join(out, 'expenditure_summary.csv'), 'utf8');
        assert.ok(text.startsWith('\uFEFF文档 (document),'));
        assert.match(text, /吉林省商务厅.*阳泉市商务局/s);
    });
    it('adds its files to an existing folder, leaving the other files and no temporary folder', () => {
        const parent = scratch();
        const out = join(parent, 'exports');
        mkdirSync(out);
        writeFileSync(join(out, 'mine.txt'), 'keep');
        assert.equal(cli('export', SEED_000, '--format', 'fdp', '--out', out).code, 0);
        assert.deepEqual(readdirSync(out).sort(), ['budget-lines.csv', 'datapackage.json', 'mine.txt']);
        assert.deepEqual(readdirSync(parent), ['exports']);
    });
    it('writes the workbook and the Parquet file into a folder given for them, under a name of the format', () => {
        const out = scratch();
        assert.equal(cli('export', SEED_000, '--format', 'xlsx', '--out', out).code, 0);
        assert.equal(cli('export', SEED_000, '--format', 'parquet', '--out', join(out, 'cells.parquet')).code, 0);
        assert.deepEqual(readdirSync(out).sort(), ['budgetlens-export.xlsx', 'cells.parquet']);
        assert.equal(readFileSync(join(out, 'budgetlens-export.xlsx')).subarray(0, 2).toString(), 'PK');
        assert.equal(readFileSync(join(out, 'cells.parquet')).subarray(0, 4).toString(), 'PAR1');
    });
    it('refuses an unknown --format, and a missing --out, before reading anything (exit 2)', () => {
        const out = join(scratch(), 'x');
        const bad = cli('export', SEED_000, '--format', 'ods', '--out', out);
        assert.equal(bad.code, 2);
        assertChineseFirst(bad.stderr.split('\n')[0]);
        assert.match(bad.stderr, /csv、xlsx、parquet、fdp/);
        const none = cli('export', SEED_000);
        assert.equal(none.code, 2);
        assertChineseFirst(none.stderr.split('\n')[0]);
        assert.equal(existsSync(out), false);
    });
    it('refuses an --out it cannot write with one line, leaving nothing behind (exit 2)', () => {
        const parent = scratch();
        const file = join(parent, 'a-file.txt');
        writeFileSync(file, 'x');
        for (const [format, out] of [
            ['csv', join(parent, 'missing', 'csv')],
            ['xlsx', join(file, 'export.xlsx')],
            ['fdp', file],
        ]) {
            const { code, stderr } = cli('export', SEED_000, '--format', format, '--out', out);
            assert.equal(code, 2, `${format} ${out}`);
            assert.equal(stderr.trim().split('\n').length, 1, stderr);
            assertChineseFirst(stderr);
            assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
        }
        assert.deepEqual(readdirSync(parent), ['a-file.txt']);
        assert.equal(readFileSync(file, 'utf8'), 'x');
    });
    it('exports the files it could read and says which it could not (exit 2)', () => {
        const dir = scratch();
        const broken = join(dir, 'broken.pdf');
        writeFileSync(broken, '%PDF-1.4 not really');
        const out = join(dir, 'csv');
        const { code, stderr } = cli('export', SEED_000, broken, '--format', 'csv', '--out', out);
        assert.equal(code, 2);
        assert.match(stderr, /broken\.pdf/);
        assert.ok(readdirSync(out).includes('expenditure_summary.csv'));
    });
});
//# sourceMappingURL=export-cli.test.js.map