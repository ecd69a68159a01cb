import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnLabel, rowName } from './table-helpers.js';
const column = (key, label, path = []) => ({ key, label, path, type: 'amount' });
const table = (columns) => ({
    kind: 'expenditure_summary',
    title: '支出预算总表',
    unit: '万元',
    source: { file: 'x' },
    columns,
    rows: [],
    empty: false,
    notes: [],
});
const row = (label, name, isTotal = false) => ({
    label,
    name,
    code: null,
    codeSource: null,
    level: null,
    isTotal,
    values: {},
    texts: {},
    source: { file: 'x' },
});
describe('names in messages', () => {
    it('a column is named by its printed label', () => {
        assert.equal(columnLabel(table([column('basic', '基本支出')]), 'basic'), '基本支出');
    });
    it('a column with no label by its header path, else the standard name of its key — never the key', () => {
        assert.equal(columnLabel(table([column('total', '', ['本年收入', ''])]), 'total'), '本年收入');
        assert.equal(columnLabel(table([column('total', '')]), 'total'), '合计');
        assert.equal(columnLabel(table([column('personnel', '')]), 'personnel'), '人员经费');
        assert.equal(columnLabel(table([column('col_x1', '')]), 'col_x1'), '金额列');
    });
    it('two columns printed with one label by their header paths (长春 支出总表: 当年预算 › 小计, 上年结转结余 › 小计)', () => {
        const t = table([
            column('current_year', '小计', ['当年预算', '小计']),
            column('carryover', '小计', ['上年结转结余', '小计']),
            column('basic', '基本支出', ['当年预算', '基本支出']),
        ]);
        assert.equal(columnLabel(t, 'current_year'), '当年预算/小计');
        assert.equal(columnLabel(t, 'carryover'), '上年结转结余/小计');
        assert.equal(columnLabel(t, 'basic'), '基本支出');
    });
    it('a row with no printed name is named by what it is', () => {
        assert.equal(rowName(row('合 计', '合计', true)), '合 计');
        assert.equal(rowName(row('', '', true)), '合计');
        assert.equal(rowName(row('', '')), '（无名称行）');
    });
});
//# sourceMappingURL=table-helpers.test.js.map