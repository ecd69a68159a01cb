import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineKey, lineKeys, restatedKey, restatedYear } from './earlier-figures.js';

const column = (key: string, label: string, path = [label]) => ({ key, label, path });

describe('earlier figures', () => {
  it('reads which budget column a column restates', () => {
    // 三公 printed column-wise: 上年预算数 | 本年预算数 (吉林 seeds); 重庆's 2025年预算数 › 基本支出.
    assert.equal(restatedKey(column('prior_year', '上年预算数'), 'budget'), 'total');
    assert.equal(restatedKey(column('prior_year_basic', '基本支出', ['2025年预算数', '基本支出']), 'budget'), 'basic');
    assert.equal(restatedKey(column('prior_year_project', '项目支出', ['2025年预算数', '项目支出']), 'budget'), 'project');
    // A final account's 年初预算数 restates its year's budget; a budget's own columns restate nothing.
    assert.equal(restatedKey(column('budget', '年初预算数'), 'final_account'), 'total');
    assert.equal(restatedKey(column('budget', '年初预算数'), 'budget'), null);
    assert.equal(restatedKey(column('total', '合计'), 'budget'), null);
  });

  it('leaves out executed figures and columns no document restates', () => {
    assert.equal(restatedKey(column('prior_year', '上年执行数'), 'budget'), null);
    assert.equal(restatedKey(column('prior_year', '合计', ['2025年执行数', '合计']), 'budget'), null);
    assert.equal(restatedKey(column('budget', '调整预算数'), 'final_account'), null);
    assert.equal(restatedKey(column('prior_year_gov_fund', '政府性基金', ['2025年预算数', '政府性基金']), 'budget'), null);
  });

  it('dates restated figures: last year for a budget, its own year for a final account', () => {
    assert.equal(restatedYear('budget', 2025), 2024);
    assert.equal(restatedYear('final_account', 2024), 2024);
  });

  it('keys a line by kind, side, code or else name, totals as one line, repeats by occurrence', () => {
    const rows = [
      { isTotal: true, code: null, name: '合计' },
      { isTotal: false, code: '2011301', name: '行政运行' },
      { isTotal: false, code: null, name: '其他' },
      { isTotal: false, code: null, name: '其他' },
      { isTotal: false, code: null, name: '公务接待费', side: 'expenditure' as const },
    ];
    assert.deepEqual(
      lineKeys(rows, (r) => lineKey('three_public', r)),
      [
        'three_public||(total)',
        'three_public||#2011301',
        'three_public||其他',
        'three_public||其他|2',
        'three_public|expenditure|公务接待费',
      ],
    );
  });
});
