import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGridTable } from './grid-table.js';
import { gridContext, gridRow } from './testing.js';

const row = gridRow;

const ctx = gridContext();

describe('grid tables', () => {
  it('a 基本支出表 headed 基本支出 › 总计 | 人员经费 | 公用经费 keys its 总计 as the table total (重庆 气象局)', () => {
    const rows = [
      row(1, [{ text: '经济分类科目', span: 2 }, '', { text: '基本支出', span: 3 }, '', '']),
      row(2, ['科目编码', '科目名称', '总计', '人员经费', '公用经费']),
      row(3, [{ text: '合计', span: 2 }, '', '5,445.39', '5,308.05', '137.34']),
      row(4, ['301', '工资福利支出', '5,293.75', '5,293.75', '']),
    ];
    const raw = {
      title: '2026年一般公共预算基本支出情况表',
      titleLine: 0,
      repeatedTitleLines: [],
      preamble: [],
      unit: null,
      rows,
      notes: [],
      emptyStatement: null,
    };
    const table = buildGridTable(raw, 'general_budget_basic_expenditure', ctx);
    assert.deepEqual(
      table.columns.map((c) => c.key),
      ['total', 'personnel', 'public_use'],
    );
    assert.equal(table.rows[0]?.values.total?.raw, '5,445.39');
  });
});
