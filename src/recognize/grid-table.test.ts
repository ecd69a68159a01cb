import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGridTable } from './grid-table.js';
import type { RawTable } from './segment.js';
import { gridContext, gridRow } from './testing.js';

const row = gridRow;

const ctx = gridContext();

/** A table as segmenting hands it over: its title and grid rows, nothing else around it. */
const rawTable = (title: string, rows: RawTable['rows']): RawTable => ({
  title,
  titleLine: 0,
  repeatedTitleLines: [],
  preamble: [],
  unit: null,
  rows,
  notes: [],
  emptyStatement: null,
});

describe('grid tables', () => {
  it('a 基本支出表 headed 基本支出 › 总计 | 人员经费 | 公用经费 keys its 总计 as the table total (重庆 气象局)', () => {
    const rows = [
      row(1, [{ text: '经济分类科目', span: 2 }, '', { text: '基本支出', span: 3 }, '', '']),
      row(2, ['科目编码', '科目名称', '总计', '人员经费', '公用经费']),
      row(3, [{ text: '合计', span: 2 }, '', '5,445.39', '5,308.05', '137.34']),
      row(4, ['301', '工资福利支出', '5,293.75', '5,293.75', '']),
    ];
    const table = buildGridTable(rawTable('2026年一般公共预算基本支出情况表', rows), 'general_budget_basic_expenditure', ctx);
    assert.deepEqual(
      table.columns.map((c) => c.key),
      ['total', 'personnel', 'public_use'],
    );
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
    assert.deepEqual(
      table.rows.map((r) => [r.name, r.isTotal]),
      [
        ['总计:', true],
        ['一般公共服务支出', false],
        ['社会保障和就业支出', false],
      ],
    );
  });
});

describe('empty tables', () => {
  const fundTable = (total: string) =>
    buildGridTable(
      rawTable('政府性基金预算支出情况表', [
        row(1, [{ text: '功能分类科目', span: 2 }, '', { text: '政府性基金预算支出', span: 3 }, '', '']),
        row(2, ['科目编码', '科目名称', '小计', '其中：基本支出', '项目支出']),
        row(3, ['', '合计', total, total, '0.00']),
      ]),
      'gov_fund_expenditure',
      ctx,
    );
  it('a table whose only row is a 合计 of zeros has no data row (广州 信访局 表9, p.16)', () => {
    assert.equal(fundTable('0.00').empty, true);
  });
  it('a 合计 with money in it is data', () => {
    assert.equal(fundTable('12.00').empty, false);
  });
});
