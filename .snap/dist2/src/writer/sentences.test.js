import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAmount } from '../model/amount.js';
import { changeClause, renderSentence, sharePercent } from './sentences.js';
const amount = (text) => parseAmount(text);
const wan = (text, unit = '万元') => ({ amount: amount(text), unit });
/** A 三公 table as 吉林省商务厅's seed prints it (万元), total and items. */
function threePublic(total, items) {
    const row = (name, value, isTotal = false) => ({
        label: name,
        name,
        code: null,
        codeSource: null,
        level: null,
        isTotal,
        values: { total: amount(value) },
        texts: {},
        source: { file: 't' },
    });
    return {
        kind: 'three_public',
        title: '“三公”经费支出表',
        unit: '万元',
        source: { file: 't' },
        columns: [{ key: 'total', label: '合计', path: ['合计'], type: 'amount' }],
        rows: [row('合计', total, true), ...items.map(([n, v]) => row(n, v))],
        empty: false,
        notes: [],
    };
}
const docWith = (tables) => ({
    title: '',
    department: '某部门',
    year: 2026,
    phase: 'budget',
    scope: 'department',
    unit: '万元',
    units: [],
    source: { file: 't', format: 'text', sha256: '' },
    tables,
    narrative: [],
    overview: [],
    toc: [],
    findings: [],
});
describe('sentence generator', () => {
    it('says 增加 with the amount and the percentage rounded once', () => {
        assert.equal(changeClause(wan('110.00'), wan('100.00')), '比上年增加10.00万元，增长10.00%');
        // 1/3 = 33.333…%: rounded once, from the exact figures.
        assert.equal(changeClause(wan('4.00'), wan('3.00')), '比上年增加1.00万元，增长33.33%');
        assert.equal(changeClause(wan('2.00'), wan('3.00')), '比上年减少1.00万元，下降33.33%');
    });
    it('says 持平 when the rounded figures are equal', () => {
        assert.equal(changeClause(wan('48.24'), wan('48.24')), '与上年持平');
        // 482,400 元 and 48.24 万元 are the same money.
        assert.equal(changeClause(wan('482400', '元'), wan('48.24')), '与上年持平');
    });
    it('states no percentage against a zero previous figure', () => {
        assert.equal(changeClause(wan('5.00'), wan('0')), '比上年增加5.00万元');
    });
    it('rounds half away from zero, from 元 into 万元', () => {
        assert.equal(sharePercent(wan('1'), wan('3')), '33.33%');
        assert.equal(sharePercent(wan('2'), wan('3')), '66.67%');
        assert.equal(sharePercent(wan('1'), wan('0')), null);
        assert.equal(changeClause(wan('3503499', '元'), wan('3485200', '元')), '比上年增加1.83万元，增长0.53%');
    });
    it('fills a template from the tables, with the change and a marked missing reason', () => {
        const doc = docWith([
            threePublic('48.24', [
                ['因公出国（境）费', '0.00'],
                ['公务接待费', '10.00'],
            ]),
        ]);
        const previous = docWith([threePublic('50.00', [])]);
        const ctx = { doc, previous, texts: {}, missing: [] };
        assert.equal(renderSentence({ text: '{year}年{self}“三公”经费预算{three_public.total}{three_public.total~}。' }, ctx), '2026年本部门“三公”经费预算48.24万元，比上年减少1.76万元，下降3.52%。');
        assert.equal(renderSentence({ text: '主要原因是{?三公经费增减原因}。', when: 'three_public.total~' }, ctx), '主要原因是【待补充：三公经费增减原因】。');
        assert.deepEqual(ctx.missing, ['三公经费增减原因']);
        assert.equal(renderSentence({ text: '其中：{each}。', each: { list: 'three_public.items', item: '{name}{amount}', separator: '，' } }, ctx), '其中：因公出国(境)费0.00万元，公务接待费10.00万元。');
    });
    it('takes a reason from the texts and leaves out a sentence whose table is absent', () => {
        const doc = docWith([threePublic('48.24', [])]);
        const ctx = {
            doc,
            previous: docWith([threePublic('40.00', [])]),
            texts: { 三公经费增减原因: '公务接待增加。' },
            missing: [],
        };
        assert.equal(renderSentence({ text: '主要原因是{?三公经费增减原因}。', when: 'three_public.total~' }, ctx), '主要原因是公务接待增加。');
        assert.equal(renderSentence({ text: '机关运行经费预算{agency.total}。' }, ctx), null);
        assert.equal(renderSentence({ text: '无“三公”经费预算。', when: '!three_public.total' }, ctx), null);
        assert.deepEqual(ctx.missing, []);
    });
});
//# sourceMappingURL=sentences.test.js.map