import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGridTable } from './grid-table.js';
import { gridContext, gridRow } from './testing.js';
const row = gridRow;
const ctx = gridContext();
/** A table as segmentation hands it over: a title, its grid rows and the statement printed under it, if any. */
const rawTable = (title, rows, statement = null) => ({
    title,
    titleLine: 0,
    repeatedTitleLines: [],
    preamble: [],
    unit: null,
    rows,
    notes: [],
    emptyStatement: statement === null ? null : { text: statement, source: { file: 'x.pdf', line: 9 } },
});
describe('grid tables', () => {
    it('a 基本支出表 headed 基本支出 › 总计 | 人员经费 | 公用经费 keys its 总计 as the table total (重庆 气象局)', () => {
        const rows = [
            row(1, [{ text: '经济分类科目', span: 2 }, '', { text: '基本支出', span: 3 }, '', '']),
            row(2, ['科目编码', '科目名称', '总计', '人员经费', '公用经费']),
            row(3, [{ text: '合计', span: 2 }, '', '5,445.39', '5,308.05', '137.34']),
            row(4, ['301', '工资福利支出', '5,293.75', '5,293.75', '']),
        ];
        const table = buildGridTable(rawTable('2026年一般公共预算基本支出情况表', rows, null), 'general_budget_basic_expenditure', ctx);
        assert.deepEqual(table.columns.map((c) => c.key), ['total', 'personnel', 'public_use']);
        assert.equal(table.rows[0]?.values.total?.raw, '5,445.39');
    });
});
describe('total rows', () => {
    it('a 总计 followed by a colon is the total row (长春 信访局 支出总表（预算表 3）, p.8: 总计：)', () => {
        const rows = [
            row(1, ['科目编码', '功能分类科目名称', '合计', '基本支出', '项目支出']),
            row(2, ['', '总计：', '1682.76', '1208.2', '474.56']),
            row(3, ['201', '一般公共服务支出', '1378.41', '903.85', '474.56']),
            row(4, ['208', '社会保障和就业支出', '304.35', '304.35', '0.00']),
        ];
        const table = buildGridTable(rawTable('支出总表（预算表 3）', rows), 'expenditure_summary', ctx);
        assert.deepEqual(table.rows.map((r) => [r.name, r.isTotal]), [
            ['总计:', true],
            ['一般公共服务支出', false],
            ['社会保障和就业支出', false],
        ]);
    });
});
describe('empty tables', () => {
    // 珠海 交通工务中心 2026 表10 and 泉州 监测中心 2026 p.13: the header, 合计 0.00, then the statement.
    const zeroFundTable = () => [
        row(1, ['科目编码', '科目名称', '小计', '基本支出', '项目支出']),
        row(2, [{ text: '合计', span: 2 }, '', '0.00', '0.00', '0.00']),
    ];
    it('a table saying it is empty that prints only zeros is empty, its zeros kept', () => {
        const table = buildGridTable(rawTable('国有资本经营预算支出情况表', zeroFundTable(), '注：本表本年无发生额。'), 'state_capital', ctx);
        assert.equal(table.empty, true);
        assert.equal(table.rows[0]?.values.total?.raw, '0.00');
        assert.equal(table.emptyStatement?.text, '注：本表本年无发生额。');
    });
    it('every item printed at 0.00 under the statement (珠海 表8 行政经费及“三公”经费) is empty', () => {
        const rows = [
            row(1, ['项目', '合计', '一般公共预算', '政府性基金预算']),
            row(2, ['行政经费', '0.00', '0.00', '0.00']),
            row(3, ['“三公”经费', '0.00', '0.00', '0.00']),
            row(4, ['（三）公务接待费支出', '0.00', '0.00', '0.00']),
        ];
        const table = buildGridTable(rawTable('财政拨款安排的行政经费及“三公”经费预算表', rows, '注：本表本年无发生额。'), 'three_public', ctx);
        assert.equal(table.empty, true);
    });
    it('printed zeros without a statement, or under one saying what a blank table would mean, are data', () => {
        assert.equal(buildGridTable(rawTable('政府性基金预算支出表', zeroFundTable(), null), 'gov_fund_expenditure', ctx).empty, false);
        const conditional = '注：此表如无数字则表示单位无该项支出。';
        const table = buildGridTable(rawTable('政府性基金预算支出表', zeroFundTable(), conditional), 'gov_fund_expenditure', ctx);
        assert.equal(table.empty, false);
    });
    it('a statement does not empty a table holding money', () => {
        const rows = [...zeroFundTable(), row(3, ['2120801', '征地和拆迁补偿支出', '12.00', '', '12.00'])];
        const table = buildGridTable(rawTable('政府性基金预算支出表', rows, '注：本表本年无发生额。'), 'gov_fund_expenditure', ctx);
        assert.equal(table.empty, false);
    });
    it('a list without amounts (泉州 监测中心 2026 p.5: 序号 | 单位名称, one unit) has a data row', () => {
        const rows = [row(1, ['序号', '单位名称']), row(2, ['1', '泉州市市场监管综合监测与技术保障中心'])];
        const table = buildGridTable(rawTable('', rows, null), 'organization_units', {
            ...ctx,
            department: '泉州市市场监管综合监测与技术保障中心',
        });
        assert.equal(table.empty, false);
    });
});
//# sourceMappingURL=grid-table.test.js.map