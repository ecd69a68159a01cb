import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeInName, joinBrokenText, normalizeName, numberingDepth, stripNumbering } from './names.js';
describe('names', () => {
    it('joins Chinese words broken by spaces', () => {
        assert.equal(joinBrokenText('吉林省 人民政府 驻天津办 事处（本 级）'), '吉林省人民政府驻天津办事处（本级）');
        assert.equal(joinBrokenText('2025 年预 算数'), '2025 年预算数');
        // A justified line spaces out every character, digits too (广州 发改委 情况说明).
        assert.equal(joinBrokenText('2 0 2 6 年 本 部 门 收 入 预 算 1 5 5 , 7 2 3 . 3 9 万 元 ,'), '2026 年本部门收入预算 155,723.39 万元 ,');
        // Numbers that are several digits each keep their spaces.
        assert.equal(joinBrokenText('10 20 30'), '10 20 30');
    });
    it('strips list numbering, repeatedly', () => {
        assert.equal(stripNumbering('一、一般公共服务支出'), '一般公共服务支出');
        assert.equal(stripNumbering('（十二）城乡社区支出'), '城乡社区支出');
        assert.equal(stripNumbering('其中：（1）公务用车运行维护费'), '公务用车运行维护费');
        assert.equal(stripNumbering('1、因公出国（境）费用'), '因公出国（境）费用');
        assert.equal(stripNumbering('①公务用车购置费'), '公务用车购置费');
    });
    it('does not strip what only looks like numbering', () => {
        assert.equal(stripNumbering('2023年冰雪美食推广活动工作经费'), '2023年冰雪美食推广活动工作经费');
        assert.equal(stripNumbering('20Mbps互联网专线'), '20Mbps互联网专线');
        assert.equal(stripNumbering('12360热线接通次数'), '12360热线接通次数');
    });
    it('normalises to half-width without spaces', () => {
        assert.equal(normalizeName('维修（护）费'), '维修(护)费');
        assert.equal(normalizeName('本 年 收 入 合 计'), '本年收入合计');
        assert.equal(normalizeName('二十七、债务发行费用支出'), '债务发行费用支出');
    });
    it('splits a code printed before its name in one cell (北京 支出总表: 2013601-行政运行)', () => {
        assert.deepEqual(codeInName('2013601-行政运行'), { code: '2013601', name: '行政运行' });
        assert.deepEqual(codeInName('3021101-差旅费'), { code: '3021101', name: '差旅费' });
        assert.deepEqual(codeInName('201 - 一般公共服务支出'), { code: '201', name: '一般公共服务支出' });
        for (const label of ['行政运行', '015001', '0115-公共信息与宣传服务', '2026-2028年规划', 'A-货物'])
            assert.equal(codeInName(label), null, label);
    });
    it('tells the depth of a numbered label', () => {
        assert.deepEqual(['一、本年收入', '（一）一般公共预算资金', '二十、住房保障支出', '本年收入合计'].map(numberingDepth), [
            1,
            2,
            1,
            null,
        ]);
        // 长沙 财政拨款收支总体情况表 numbers the items under 一、本年收入 1、 2、; an amount is no number.
        assert.deepEqual(['1、一般公共预算拨款收入', '2.政府性基金预算拨款收入', '1.5万元'].map(numberingDepth), [2, 2, null]);
    });
    it('reads a classification code printed in the name cell (广州 fagai-2026 p.15: [201]一般公共服务支出)', () => {
        assert.deepEqual(codeInName('[201]一般公共服务支出'), { code: '201', name: '一般公共服务支出' });
        assert.deepEqual(codeInName('【30101】基本工资'), { code: '30101', name: '基本工资' });
        assert.deepEqual(codeInName('2010401 行政运行'), { code: '2010401', name: '行政运行' });
        assert.equal(codeInName('2026年预算'), null);
        assert.equal(codeInName('110kV 变电站'), null);
        assert.equal(codeInName('一般公共服务支出'), null);
    });
});
//# sourceMappingURL=names.test.js.map