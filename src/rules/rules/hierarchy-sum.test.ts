import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readText } from '../../reader.js';
import { check } from '../engine.js';
import { runRule, testRule } from '../testing.js';
import { hierarchySum } from './hierarchy-sum.js';
import { rowIdentity } from './row-identity.js';

const table = (rows: string[]) => [
  '某某局2024年部门预算',
  '支出预算总表',
  '单位：万元',
  '功能分类科目名称\t合计\t基本支出\t项目支出',
  ...rows,
];

describe('hierarchy-sum', () => {
  testRule(
    hierarchySum,
    {
      valid: [
        {
          name: '类 = Σ款 = Σ项 and 合计 = Σ类',
          lines: table([
            '合计\t10.00\t6.00\t4.00',
            '一般公共服务支出\t10.00\t6.00\t4.00',
            '商贸事务\t10.00\t6.00\t4.00',
            '行政运行\t6.00\t6.00\t',
            '招商引资\t4.00\t\t4.00',
          ]),
        },
        {
          name: 'a difference of 0.01 per term is rounding (info, not error)',
          lines: table([
            '合计\t10.01\t6.01\t4.00',
            '一般公共服务支出\t10.01\t6.01\t4.00',
            '商贸事务\t10.01\t6.01\t4.00',
            '行政运行\t3.00\t3.00\t',
            '招商引资\t7.00\t3.00\t4.00',
          ]),
        },
      ],
      invalid: [
        {
          name: 'a 款 that is not the sum of its 项',
          lines: table([
            '合计\t10.00\t6.00\t4.00',
            '一般公共服务支出\t10.00\t6.00\t4.00',
            '商贸事务\t10.00\t6.00\t4.00',
            '行政运行\t6.00\t6.00\t',
            '招商引资\t3.00\t\t3.00',
          ]),
          findings: [
            { severity: 'error', line: 7, expected: '9.00', actual: '10.00' },
            { severity: 'error', line: 7, expected: '3.00', actual: '4.00' },
          ],
        },
        {
          name: 'a 项 missing from every column is one finding naming the columns (烟台 信访局: 信访事务 without its 524.00)',
          lines: table([
            '合计\t10.00\t6.00\t4.00',
            '一般公共服务支出\t10.00\t6.00\t4.00',
            '商贸事务\t10.00\t6.00\t4.00',
            '行政运行\t6.00\t6.00\t',
          ]),
          findings: [
            { severity: 'error', line: 7, expected: '6.00', actual: '10.00', message: '合计' },
            { severity: 'error', line: 7, expected: '0.00', actual: '4.00', message: '项目支出' },
          ],
        },
        {
          name: 'columns failing alike are named together in one finding',
          lines: [
            '某某局2024年部门预算',
            '支出预算总表',
            '单位：万元',
            '功能分类科目名称\t合计\t一般公共预算',
            '合计\t10.00\t10.00',
            '一般公共服务支出\t10.00\t10.00',
            '商贸事务\t10.00\t10.00',
            '行政运行\t6.00\t6.00',
          ],
          findings: [{ severity: 'error', line: 7, expected: '6.00', actual: '10.00', message: '合计、一般公共预算' }],
        },
        {
          name: 'a total row that is not the sum of the 类',
          lines: table([
            '合计\t12.00\t6.00\t4.00',
            '一般公共服务支出\t10.00\t6.00\t4.00',
            '商贸事务\t10.00\t6.00\t4.00',
            '行政运行\t6.00\t6.00\t',
            '招商引资\t4.00\t\t4.00',
          ]),
          findings: [{ severity: 'error', line: 5, expected: '10.00', actual: '12.00', message: '合计行' }],
        },
      ],
    },
    it,
  );
});

/** 北京 报表: rows by 项 only, by 款 with local 7-digit items, units by code; 万元 to six decimals. */
describe('hierarchy-sum on tables that print no 类', () => {
  const beijing = (title: string, header: string, rows: string[]) => [
    '某某办公室2026年部门预算',
    title,
    '金额单位：万元',
    header,
    ...rows,
  ];
  testRule(
    hierarchySum,
    {
      valid: [
        {
          name: '项 rows only (一般公共预算支出表 by 科目编码): the total is their sum',
          lines: beijing('预算05表 一般公共预算支出表', '科目编码\t科目名称\t合计\t基本支出\t项目支出', [
            '2210201\t住房公积金\t47.005200\t47.005200\t',
            '2013601\t行政运行\t1,198.209504\t1,198.209504\t',
            '2050803\t培训支出\t7.000000\t\t7.000000',
            '合计\t\t1,252.214704\t1,245.214704\t7.000000',
          ]),
        },
        {
          name: '款 rows with local items (3021101 差旅费 after 30207 邮电费, its 款 30211 not printed)',
          lines: beijing('预算06表 一般公共预算基本支出表', '部门支出经济分类科目\t合计\t人员经费\t公用经费', [
            '30207-邮电费\t0.420000\t\t0.420000',
            '3021101-差旅费\t8.120000\t\t8.120000',
            '30228-工会经费\t14.889494\t\t14.889494',
            '合计\t23.429494\t\t23.429494',
          ]),
        },
        {
          name: 'units by code under their department, and the unlabelled total row',
          lines: beijing('预算02表 收入总表', '单位编码\t合计\t上年结转结余', [
            '015\t9,151.309668\t8.754697',
            '015001\t8,316.350430\t7.830697',
            '015002\t834.959238\t0.924000',
            '\t9,151.309668\t8.754697',
          ]),
        },
      ],
      invalid: [
        {
          name: 'the rows leave out money the total holds (项目支出 not itemised)',
          lines: beijing('预算05表 一般公共预算支出表', '科目编码\t科目名称\t合计\t基本支出\t项目支出', [
            '2210201\t住房公积金\t47.005200\t47.005200\t',
            '合计\t\t7,124.061450\t47.005200\t7,077.056250',
          ]),
          findings: [
            { severity: 'error', expected: '47.005200', actual: '7124.061450' },
            { severity: 'error', expected: '0.000000', actual: '7077.056250' },
          ],
        },
      ],
    },
    it,
  );
});

/** 湖州 财政局 2026 市级部门收支预算总表 (p.17): the spending side prints its 类, 款 and 项 with codes. */
describe('hierarchy-sum on the spending side of a two-sided table', () => {
  const summary = (rows: string[]) => [
    '湖州市财政局2026年部门预算',
    '2026年市级部门收支预算总表',
    '单位：万元',
    '收 入\t\t支 出\t',
    '项 目\t预算数\t项 目\t预算数',
    ...rows,
    '本年收入合计\t6838.41\t本年支出合计\t6838.41',
    '收入总计\t6838.41\t支出总计\t6838.41',
  ];
  const side = (leaf: string) => [
    '一、财政拨款\t6838.41\t201 一般公共服务支出\t5356.01',
    '一般公共预算\t6838.41\t20106 财政事务\t5356.01',
    '政府性基金预算\t\t2010601 行政运行\t3685.65',
    '二、事业收入\t\t2010607 信息化建设\t113.75',
    `\t\t2010650 事业运行\t${leaf}`,
    '\t\t2010699 其他财政事务支出\t1153.00',
    '\t\t221 住房保障支出\t1482.40',
    '\t\t22102 住房改革支出\t1482.40',
    '\t\t2210201 住房公积金\t1482.40',
  ];
  testRule(
    hierarchySum,
    {
      valid: [{ name: '款 = Σ 项 and 类 = Σ 款 on the spending side', lines: summary(side('403.61')) }],
      invalid: [
        {
          name: 'a 项 of the spending side mistyped (403.61 as 430.61): its 款 no longer adds up',
          lines: summary(side('430.61')),
          findings: [{ severity: 'error', line: 7, expected: '5383.01', actual: '5356.01' }],
        },
      ],
    },
    it,
  );
});

/** 湖州 交通运输局 2026 市级部门收支预算总表 (p.22): a 款 the 2026 list lacks, printed by name only. */
describe('hierarchy-sum on a two-sided table with a name the list lacks', () => {
  testRule(
    hierarchySum,
    {
      valid: [
        {
          name: 'a 类 whose rows include a name with no code is left alone (its level cannot be trusted)',
          lines: [
            '湖州市交通运输局2026年部门预算',
            '2026年市级部门收支预算总表',
            '单位：万元',
            '收 入\t\t支 出\t',
            '项 目\t预算数\t项 目\t预算数',
            '一、财政拨款\t114,417.21\t交通运输支出\t113,743.52',
            '\t\t公路水路运输\t49,280.12',
            '\t\t行政运行\t1,141.15',
            '\t\t公路养护\t4,658.77',
            '\t\t航道维护\t9,562.90',
            '\t\t其他公路水路运输支出\t33,917.30',
            '\t\t超长期特别国债安排的支出\t64,463.40',
            '\t\t公路水路运输\t64,463.40',
            '\t\t住房保障支出\t673.69',
            '\t\t住房改革支出\t673.69',
            '\t\t住房公积金\t673.69',
            '本年收入合计\t114,417.21\t本年支出合计\t114,417.21',
          ],
        },
      ],
      invalid: [],
    },
    it,
  );
});

describe('hierarchy-sum and row-identity: one wrong cell, one finding', () => {
  // 烟台 民政局 2026 基本支出预算情况表 (p.24): 差旅费's 一般公共预算 printed 5.50 where its 合计 and
  // 小计 print 4.50; the 商品和服务支出 row above prints 116.37, the sum with 4.50.
  const basic = (travel: string, goods = '\t商品和服务支出\t9.50\t9.50\t9.50\t\t\t') => [
    '某某局2026年部门预算',
    '基本支出预算情况表',
    '单位：万元',
    '科目编码\t科目名称\t合计\t财政拨款\t\t\t\t单位资金',
    '\t\t\t小计\t一般公共预算\t政府性基金预算\t国有资本经营预算\t',
    `302${goods}`,
    '30201\t办公费\t5.00\t5.00\t5.00\t\t\t',
    `30211\t差旅费\t${travel}`,
  ];
  const run = (lines: string[]) =>
    check(readText(lines.join('\n'), 'case.txt'), { rules: [hierarchySum, rowIdentity] }).findings.filter(
      (f) => f.severity !== 'info',
    );

  it('valid: every sum holds', () => {
    assert.deepEqual(run(basic('4.50\t4.50\t4.50\t\t\t')), []);
  });

  it('a child cell off in its row and in its parent’s sum by the same amount is reported once', () => {
    const findings = run(basic('4.50\t4.50\t5.50\t\t\t'));
    assert.deepEqual(
      findings.map((f) => [f.rule, f.expected, f.actual]),
      [['hierarchy-sum', '10.50', '9.50']],
    );
    // Alone, row-identity still finds it, once: its 小计 and its 合计 miss the same cell by the same amount.
    assert.deepEqual(
      runRule(rowIdentity, basic('4.50\t4.50\t5.50\t\t\t')).map((f) => [f.row, f.column, f.expected, f.actual]),
      [['差旅费', 'fiscal_appropriation', '5.50', '4.50']],
    );
  });

  it('the parent’s sum and the row off by different amounts are two facts, both kept', () => {
    const findings = run(basic('4.50\t4.50\t5.50\t\t\t', '\t商品和服务支出\t9.50\t9.50\t8.50\t\t\t'));
    assert.deepEqual(
      findings.map((f) => [f.rule, f.row, f.expected, f.actual]),
      [
        ['hierarchy-sum', '商品和服务支出', '10.50', '8.50'],
        ['row-identity', '商品和服务支出', '8.50', '9.50'],
        ['row-identity', '差旅费', '5.50', '4.50'],
      ],
    );
  });
});
