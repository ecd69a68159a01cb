/**
 * Tables whose rows are named by codes, as 北京's 附件2 报表 prints them (万元 to six decimals): the
 * 收入总表 by unit code (015 the department, 015001 and 015002 its units, an unlabelled total), the
 * 支出总表 by function, government and department economic classification in one cell each
 * (2013601-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资), the 政府购买服务明细表 by catalogue level.
 * Small dumps of what 中共北京市委军民融合发展委员会办公室 and 北京市财政局 2026 print.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlBlocks } from '../adapters/html/adapter.js';
import { formatAmount } from '../model/amount.js';
import { documentFromBlocks, readText } from '../reader.js';
const doc = (lines) => readText(['某某办公室2026年部门预算', ...lines].join('\n'), 'x.txt');
const values = (r, key) => r.values[key] ? formatAmount(r.values[key]) : null;
describe('rows named by codes', () => {
    it('reads units by their codes, one level under the code they extend, and an unlabelled last row as the total', () => {
        const d = doc([
            '预算02表 收入总表',
            '金额单位：万元',
            '单位编码\t合计\t一般公共预算资金\t上年结转结余',
            '015\t9,151.309668\t9,142.554971\t8.754697',
            '015001\t8,316.350430\t8,308.519733\t7.830697',
            '015002\t834.959238\t834.035238\t0.924000',
            '\t9,151.309668\t9,142.554971\t8.754697',
        ]);
        const [income] = d.tables;
        assert.equal(income?.kind, 'income_summary');
        assert.deepEqual(income?.rows.map((r) => [r.label, r.level, r.isTotal, values(r, 'total')]), [
            ['015', 1, false, '9151.309668'],
            ['015001', 2, false, '8316.350430'],
            ['015002', 2, false, '834.959238'],
            ['', null, true, '9151.309668'],
        ]);
        assert.deepEqual(d.units, []);
    });
    it('names a row by its function code and name printed in one cell; the economic classifications are its texts', () => {
        const d = doc([
            '预算03表 支出预算总表',
            '金额单位：万元',
            '支出功能分类科目\t政府支出经济分类科目\t部门支出经济分类科目\t合计\t基本支出\t项目支出',
            '2013601-行政运行\t50101-工资奖金津补贴\t30101-基本工资\t151.992000\t151.992000\t',
            '2013601-行政运行\t50201-办公经费\t3021101-差旅费\t8.120000\t8.120000\t',
            '合计\t\t\t160.112000\t160.112000\t',
        ]);
        const [spending] = d.tables;
        assert.equal(spending?.kind, 'expenditure_summary');
        assert.deepEqual(spending?.rows.map((r) => [
            r.code,
            r.codeSource,
            r.name,
            r.level,
            r.texts.economic_name ?? null,
            r.texts.gov_economic_name ?? null,
        ]), [
            ['2013601', 'printed', '行政运行', 3, '30101-基本工资', '50101-工资奖金津补贴'],
            ['2013601', 'printed', '行政运行', 3, '3021101-差旅费', '50201-办公经费'],
            [null, null, '合计', null, null, null],
        ]);
        assert.deepEqual(spending?.columns.map((c) => c.key), ['gov_economic_name', 'economic_name', 'total', 'basic', 'project']);
        assert.deepEqual(d.findings, []);
    });
    it('names a catalogue row by its deepest level and keeps every level as a text', () => {
        // As the PDF's ruled grid gives it (the header merged over two rows and three columns).
        const html = `<p>某某办公室2026年部门预算</p><p>预算11表 财政拨款政府购买服务明细表</p><p>金额单位：万元</p><table>
      <tr><td colspan="3">指导性目录</td><td rowspan="2">预算金额</td></tr><tr><td>一级</td><td>二级</td><td>三级</td></tr>
      <tr><td colspan="3">合计</td><td>148.040000</td></tr>
      <tr><td>01-公共服务</td><td>0115-公共信息与宣传服务</td><td>公共公益宣传服务</td><td>128.040000</td></tr>
      <tr><td>01-公共服务</td><td>0116-行业管理服务</td><td>行业咨询服务</td><td>20.000000</td></tr></table>`;
        const d = documentFromBlocks({ style: 'grid', blocks: htmlBlocks(html), findings: [] }, 'x.html', 'html', '');
        const [services] = d.tables;
        assert.equal(services?.kind, 'service_purchase');
        assert.deepEqual(services?.rows.map((r) => [r.name, r.level, r.isTotal, r.texts.category_l2 ?? null, values(r, 'total')]), [
            ['合计', null, true, null, '148.040000'],
            ['公共公益宣传服务', 3, false, '0115-公共信息与宣传服务', '128.040000'],
            ['行业咨询服务', 3, false, '0116-行业管理服务', '20.000000'],
        ]);
        assert.deepEqual(d.findings, []);
    });
});
//# sourceMappingURL=coded-rows.test.js.map