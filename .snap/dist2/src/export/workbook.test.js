import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberFormat, sheetNames, xmlText } from './workbook.js';
describe('sheetNames', () => {
    it('keeps names Excel accepts: no []:*?/\\, no apostrophe at either end, at most 31 characters, unique ignoring case', () => {
        const names = sheetNames([
            '目录',
            '1 一般公共预算“三公”经费支出预算表（按经济分类科目）及其说明',
            "'收支总表'",
            '2 财政拨款收支总表[附表]/2024:*?',
            'Summary',
            'SUMMARY',
            '',
        ]);
        for (const name of names) {
            assert.ok(name.length > 0 && name.length <= 31, name);
            assert.doesNotMatch(name, /[[\]:*?/\\]|^'|'$/);
        }
        assert.equal(names[1], '1 一般公共预算“三公”经费支出预算表（按经济分类科目）及其说');
        assert.equal(names[2], '收支总表');
        assert.equal(names[3], '2 财政拨款收支总表_附表__2024___');
        assert.equal(names[5], 'SUMMARY (2)');
        assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length);
    });
    it('cuts a long repeated name to make room for its number', () => {
        const long = '一般公共预算财政拨款基本支出预算表（按部门预算经济分类）';
        const [first, second] = sheetNames([long, long]);
        assert.equal(second?.length, 31);
        assert.ok(second?.endsWith(' (2)'));
        assert.notEqual(first, second);
    });
});
describe('numberFormat', () => {
    it('groups thousands and shows the printed decimals', () => {
        assert.equal(numberFormat(2), '#,##0.00');
        assert.equal(numberFormat(0), '#,##0');
        assert.equal(numberFormat(6), '#,##0.000000');
    });
});
describe('xmlText', () => {
    it('escapes markup and drops the control characters XML cannot hold (a PDF text layer may carry them)', () => {
        assert.equal(xmlText('<合计> & "说明"\u0001\u000b\tx\n'), '&lt;合计&gt; &amp; &quot;说明&quot;\tx\n');
    });
});
//# sourceMappingURL=workbook.test.js.map