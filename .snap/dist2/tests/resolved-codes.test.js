/**
 * Seeds 000 and 001 print function tables with names only: every row's code is resolved from its
 * name and its parent rows (行政运行 exists under dozens of 款; only the parent tells which).
 * The expected codes below were checked by hand against the 2024 classification list.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readDocument } from '../src/reader.js';
import { projectRoot } from './paths.js';
const seed = (name) => readDocument(join(projectRoot, 'tests', 'fixtures', 'seeds', name));
function codes(table) {
    return (table?.rows ?? []).filter((r) => !r.isTotal).map((r) => [r.name, r.code, r.codeSource]);
}
describe('codes resolved from names and parents', () => {
    it('000 支出预算总表: every row resolved, none ambiguous', async () => {
        const doc = await seed('000_7094a3d6e0f48fbd.txt');
        const rows = codes(doc.tables.find((t) => t.kind === 'expenditure_summary'));
        const want = [
            ['一般公共服务支出', '201'],
            ['商贸事务', '20113'],
            ['行政运行', '2011301'],
            ['一般行政管理事务', '2011302'],
            ['机关服务', '2011303'],
            ['外资管理', '2011306'],
            ['招商引资', '2011308'],
            ['事业运行', '2011350'],
            ['其他商贸事务支出', '2011399'],
            ['其他一般公共服务支出', '20199'],
            ['其他一般公共服务支出', '2019999'],
            ['教育支出', '205'],
            ['职业教育', '20503'],
            ['技校教育', '2050303'],
            ['社会保障和就业支出', '208'],
            ['行政事业单位养老支出', '20805'],
            ['行政单位离退休', '2080501'],
            ['事业单位离退休', '2080502'],
            ['机关事业单位基本养老保险缴费支出', '2080505'],
            ['机关事业单位职业年金缴费支出', '2080506'],
            ['抚恤', '20808'],
            ['死亡抚恤', '2080801'],
            ['其他社会保障和就业支出', '20899'],
            ['其他社会保障和就业支出', '2089999'],
            ['卫生健康支出', '210'],
            ['行政事业单位医疗', '21011'],
            ['行政单位医疗', '2101101'],
            ['事业单位医疗', '2101102'],
            ['商业服务业等支出', '216'],
            ['涉外发展服务支出', '21606'],
            ['其他涉外发展服务支出', '2160699'],
            ['住房保障支出', '221'],
            ['住房改革支出', '22102'],
            ['住房公积金', '2210201'],
        ];
        assert.deepEqual(rows, want.map(([name, code]) => [name, code, 'resolved']));
    });
    it('001 一般公共预算拨款支出预算表: the 项 of 政府办公厅（室）及相关机构事务 resolve under 20103', async () => {
        const doc = await seed('001_91a79292973e8735.txt');
        const rows = codes(doc.tables.find((t) => t.kind === 'general_budget_expenditure'));
        assert.deepEqual(rows.map(([name, code]) => [name, code]), [
            ['一般公共服务支出', '201'],
            ['政府办公厅(室)及相关机构事务', '20103'],
            ['行政运行', '2010301'],
            ['一般行政管理事务', '2010302'],
            ['机关服务', '2010303'],
            ['事业运行', '2010350'],
            ['其他政府办公厅(室)及相关机构事务支出', '2010399'],
            ['商贸事务', '20113'],
            ['招商引资', '2011308'],
            ['社会保障和就业支出', '208'],
            ['行政事业单位养老支出', '20805'],
            ['行政单位离退休', '2080501'],
            ['事业单位离退休', '2080502'],
            ['机关事业单位基本养老保险缴费支出', '2080505'],
            ['机关事业单位职业年金缴费支出', '2080506'],
            ['卫生健康支出', '210'],
            ['行政事业单位医疗', '21011'],
            ['行政单位医疗', '2101101'],
            ['事业单位医疗', '2101102'],
            ['住房保障支出', '221'],
            ['住房改革支出', '22102'],
            ['住房公积金', '2210201'],
        ]);
        assert.ok(rows.every(([, , source]) => source === 'resolved'));
    });
    it('the economic rows of 000 resolve too (301 工资福利支出 › 30101 基本工资 …)', async () => {
        const doc = await seed('000_7094a3d6e0f48fbd.txt');
        const rows = codes(doc.tables.find((t) => t.kind === 'general_budget_basic_expenditure'));
        const byName = new Map(rows.map(([name, code]) => [name, code]));
        assert.equal(byName.get('工资福利支出'), '301');
        assert.equal(byName.get('基本工资'), '30101');
        assert.equal(byName.get('商品和服务支出'), '302');
        assert.equal(byName.get('公务用车运行维护费'), '30231');
        assert.equal(byName.get('对个人和家庭的补助'), '303');
        assert.equal(byName.get('退休费'), '30302');
        assert.equal(byName.get('资本性支出'), '310');
        assert.equal(byName.get('办公设备购置'), '31002');
        assert.ok(rows.every(([, code, source]) => code !== null && source === 'resolved'), JSON.stringify(rows.filter(([, c]) => c === null)));
    });
});
//# sourceMappingURL=resolved-codes.test.js.map