import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAmount } from '../model/amount.js';
import type { Amount, Column, Table } from '../model/types.js';
import { turnThreePublic } from './three-public.js';

const amount = (text: string) => parseAmount(text) as Amount;

/** 烟台's 三公 table: the 2025 budget and the 2026 budget side by side, one data row (中共烟台市委宣传部, p18). */
function yantaiTable(): Table {
  const items = [
    ['合计'],
    ['因公出国(境)经费'],
    ['公务用车购置及运行维护费', '小计'],
    ['公务用车购置及运行维护费', '公务用车购置经费'],
    ['公务用车购置及运行维护费', '公务用车运行维护费'],
    ['公务接待费'],
  ];
  const columns: Column[] = ['2025年预算数', '2026年预算数'].flatMap((year, y) =>
    items.map((path, i) => ({
      key: `c${y}_${i}`,
      label: path[path.length - 1] as string,
      path: [year, ...path],
      type: 'amount' as const,
    })),
  );
  const printed = ['30.62', '22.00', '0.40', '', '0.40', '8.22', '27.22', '22.00', '', '', '', '5.22'];
  const values = Object.fromEntries(columns.flatMap((c, i) => (printed[i] ? [[c.key, amount(printed[i] as string)]] : [])));
  return {
    kind: 'three_public',
    title: '一般公共预算“三公”经费支出情况表',
    unit: '万元',
    source: { file: 'x.pdf' },
    columns,
    rows: [
      {
        label: '',
        name: '',
        code: null,
        codeSource: null,
        level: null,
        isTotal: false,
        values,
        texts: {},
        source: { file: 'x.pdf' },
      },
    ],
    empty: false,
    notes: [],
  };
}

describe('a 三公 table printed column-wise', () => {
  it('keeps the year before’s budget apart from this year’s (2025年预算数 | 2026年预算数)', () => {
    const [turned] = turnThreePublic(yantaiTable());
    const byName = new Map(turned?.rows.map((r) => [r.name, r.values]));
    assert.equal(byName.get('合计')?.total?.raw, '27.22');
    assert.equal(byName.get('合计')?.prior_year?.raw, '30.62');
    assert.equal(byName.get('公务用车购置及运行维护费')?.total, undefined);
    assert.equal(byName.get('公务用车购置及运行维护费')?.prior_year?.raw, '0.40');
    assert.equal(byName.get('公务接待费')?.total?.raw, '5.22');
    assert.deepEqual(
      turned?.columns.map((c) => c.key),
      ['prior_year', 'total'],
    );
  });
});
