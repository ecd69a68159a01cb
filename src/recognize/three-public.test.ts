import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAmount, parseAmount } from '../model/amount.js';
import type { Amount, Column, Table } from '../model/types.js';
import { turnThreePublic } from './three-public.js';

/** A 三公 table printed column-wise: one data row under these header paths (an empty cell prints nothing). */
function columnWise(paths: string[][], printed: string[], title = '一般公共预算“三公”经费、会议费、培训费支出表'): Table {
  const columns: Column[] = paths.map((path, i) => ({ key: `c${i}`, label: path[path.length - 1] ?? '', path, type: 'amount' }));
  const values = Object.fromEntries(printed.flatMap((text, i) => (text ? [[`c${i}`, parseAmount(text) as Amount]] : [])));
  return {
    kind: 'three_public',
    title,
    unit: '万元',
    source: { file: 'x.pdf', line: 1 },
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
        source: { file: 'x.pdf', line: 2 },
      },
    ],
    empty: false,
    notes: [],
  };
}

describe('a 三公 table printed column-wise', () => {
  it('turns “三公”经费合计 into the total row and keeps 会议费 and 培训费 as rows of their own (苏州)', () => {
    const table = columnWise(
      [
        ['“三公”经费合计'],
        ['因公出国(境)费'],
        ['公务用车购置及运行维护费', '小计'],
        ['公务用车购置及运行维护费', '公务用车购置费'],
        ['公务用车购置及运行维护费', '公务用车运行维护费'],
        ['公务接待费'],
        ['会议费'],
        ['培训费'],
      ],
      ['10.00', '0.00', '0.00', '0.00', '0.00', '10.00', '10.00', '43.00'],
    );
    const [turned] = turnThreePublic(table);
    assert.deepEqual(
      turned?.rows.map((r) => [r.name, r.isTotal, r.values.total ? formatAmount(r.values.total) : null]),
      [
        ['合计', true, '10.00'],
        ['因公出国(境)费', false, '0.00'],
        ['公务用车购置及运行维护费', false, '0.00'],
        ['公务用车购置费', false, '0.00'],
        ['公务用车运行维护费', false, '0.00'],
        ['公务接待费', false, '10.00'],
        ['会议费', false, '10.00'],
        ['培训费', false, '43.00'],
      ],
    );
  });
});

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
  const paths = ['2025年预算数', '2026年预算数'].flatMap((year) => items.map((path) => [year, ...path]));
  const printed = ['30.62', '22.00', '0.40', '', '0.40', '8.22', '27.22', '22.00', '', '', '', '5.22'];
  return columnWise(paths, printed, '一般公共预算“三公”经费支出情况表');
}

describe('a 三公 table printed column-wise over two years', () => {
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

describe('a 三公 table whose total column is named for its money', () => {
  it('turns “三公”经费财政拨款预算总额 into the total row (北京 信访办 预算09表, p.10)', () => {
    const table = columnWise(
      [
        ['“三公”经费财政拨款预算总额'],
        ['因公出国（境）费用'],
        ['公务接待费'],
        ['公务用车购置及运行维护费', '小计'],
        ['公务用车购置及运行维护费', '公务用车购置费'],
        ['公务用车购置及运行维护费', '公务用车运行维护费'],
      ],
      ['17.700000', '14.850000', '2.850000', '', '', ''],
      '预算09表 财政拨款“三公”经费支出表',
    );
    const [turned] = turnThreePublic(table);
    assert.deepEqual(
      turned?.rows.map((r) => [r.name, r.isTotal, r.values.total ? formatAmount(r.values.total) : null]),
      [
        ['合计', true, '17.700000'],
        ['因公出国(境)费用', false, '14.850000'],
        ['公务接待费', false, '2.850000'],
        ['公务用车购置及运行维护费', false, null],
        ['公务用车购置费', false, null],
        ['公务用车运行维护费', false, null],
      ],
    );
  });

  it('keeps a 三公 measure above the items a measure, not the total (“三公”经费预算数 › 合计 | 公务接待费)', () => {
    const table = columnWise(
      [
        ['“三公”经费预算数', '合计'],
        ['“三公”经费预算数', '因公出国（境）费'],
        ['“三公”经费预算数', '公务接待费'],
      ],
      ['3.00', '1.00', '2.00'],
    );
    const [turned] = turnThreePublic(table);
    assert.deepEqual(
      turned?.rows.map((r) => [r.name, r.isTotal]),
      [
        ['合计', true],
        ['因公出国(境)费', false],
        ['公务接待费', false],
      ],
    );
  });
});

describe('a 三公 table printed column-wise with a row per unit', () => {
  /** 湖州市财政局 2026 表07 (p. 28): 单位名称 | the items, over 合计, the department and its units. */
  function byUnit(unitColumn: boolean): Table {
    const paths = [
      ['“三公”经费合计'],
      ['因公出国(境)费用'],
      ['公务用车购置及运行费', '小计'],
      ['公务用车购置及运行费', '公务用车购置费'],
      ['公务用车购置及运行费', '公务用车运行维护费'],
      ['公务接待费'],
    ];
    const columns: Column[] = [
      { key: unitColumn ? 'unit_name' : 'name', label: '单位名称', path: ['单位名称'], type: 'text' },
      ...paths.map((path, i) => ({ key: `c${i}`, label: path[path.length - 1] ?? '', path, type: 'amount' as const })),
    ];
    const row = (name: string, isTotal: boolean, printed: string[]) => ({
      label: name,
      name,
      code: null,
      codeSource: null,
      level: null,
      isTotal,
      values: Object.fromEntries(printed.flatMap((text, i) => (text ? [[`c${i}`, parseAmount(text) as Amount]] : []))),
      texts: {},
      source: { file: 'x.pdf', line: 2 },
    });
    return {
      kind: 'three_public',
      title: '2026年市级部门一般公共预算"三公"经费支出表',
      unit: '万元',
      source: { file: 'x.pdf', line: 1 },
      columns,
      rows: [
        row('合计', true, ['9.30', '', '3.50', '', '3.50', '5.80']),
        row('湖州市财政局', true, ['7.50', '', '3.50', '', '3.50', '4.00']),
        row('湖州市市级财政国库支付中心', false, ['0.45', '', '', '', '', '0.45']),
        row('湖州市财政项目预算审核中心', false, ['0.45', '', '', '', '', '0.45']),
      ],
      empty: false,
      notes: [],
    };
  }
  it('turns the 合计 row into the items, “三公”经费合计 the total (not the 小计 of 公务用车)', () => {
    const [turned] = turnThreePublic(byUnit(true));
    assert.deepEqual(
      turned?.rows.map((r) => [r.name, r.isTotal, r.values.total ? formatAmount(r.values.total) : null]),
      [
        ['合计', true, '9.30'],
        ['因公出国(境)费用', false, null],
        ['公务用车购置及运行费', false, '3.50'],
        ['公务用车购置费', false, null],
        ['公务用车运行维护费', false, '3.50'],
        ['公务接待费', false, '5.80'],
      ],
    );
  });
  it('leaves a table of several rows that are not units as it is', () => {
    const table = byUnit(false);
    assert.deepEqual(turnThreePublic(table), [table]);
  });
});
