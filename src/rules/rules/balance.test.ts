import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { balance } from './balance.js';

const summary = (rows: string[]) => [
  '某某局2024年部门预算',
  '收支预算总表',
  '单位：万元',
  '收 入\t\t支 出\t',
  '项 目\t预算数\t项 目\t预算数',
  ...rows,
];

describe('balance', () => {
  testRule(
    balance,
    {
      valid: [
        {
          // 上海 普陀区 万里街道 2024 部门财务收支预算总表 (p.10, in 元 there): the 类, then 支出总计, no 本年支出合计.
          name: 'a side of 类 without a 本年支出合计 that adds up to its 支出总计',
          lines: summary([
            '财政拨款收入\t1,019.16\t一般公共服务支出\t29.33',
            '一般公共预算资金\t1,019.16\t社会保障和就业支出\t196.04',
            '政府性基金\t\t城乡社区支出\t705.00',
            '其他收入\t\t住房保障支出\t88.79',
            '收入总计\t1,019.16\t支出总计\t1,019.16',
          ]),
        },
        {
          name: '本年收入 printed as the heading of its numbered items (长沙 财政拨款收支总体情况表)',
          lines: summary([
            '一、本年收入\t9.00\t一、本年支出\t9.00',
            '1、一般公共预算拨款收入\t9.00\t1、一般公共服务支出\t9.00',
            '2、政府性基金预算拨款收入\t\t2、外交支出\t',
            '二、上年结转\t\t二、结转下年\t',
            '收入总计\t9.00\t支出总计\t9.00',
          ]),
        },
        {
          name: 'both sides add up and balance',
          lines: summary([
            '一、一般公共预算拨款收入\t9.00\t一、一般公共服务支出\t7.00',
            '二、政府性基金预算拨款收入\t\t二、教育支出\t3.00',
            '本年收入合计\t9.00\t本年支出合计\t10.00',
            '上年结转结余\t1.00\t年终结转结余\t',
            '收入总计\t10.00\t支出总计\t10.00',
          ]),
        },
        {
          name: '一、本年收入 over its items, then 二、上年结转 over the carry-over (重庆 财政拨款收支总体情况表)',
          lines: summary([
            '一、本年收入\t12572.73\t一、本年支出\t13252.62',
            '（一）一般公共预算资金\t12572.73\t（一）农林水支出\t579.89',
            '（二）政府性基金预算资金\t\t（二）自然资源海洋气象等支出\t12672.73',
            '二、上年结转\t679.89\t二、结转下年\t',
            '（一）一般公共预算拨款\t100.00\t\t',
            '（二）政府性基金预算拨款\t579.89\t\t',
            '收入合计\t13252.62\t支出合计\t13252.62',
          ]),
        },
        {
          name: '合计 printed first on each side over numbered items (重庆 气象局 2026 部门收支总体情况表 p.6)',
          lines: summary([
            '合计	14,770.62	合计	14,770.62',
            '一、一般公共预算资金	12,672.73	一、社会保障和就业支出	120.17',
            '二、政府性基金预算资金	579.89	二、卫生健康支出	40.68',
            '三、国有资本经营预算资金		三、农林水支出	579.89',
            '四、事业收入资金	388.00	四、自然资源海洋气象等支出	13,873.36',
            '五、其他收入资金	1,130.00	五、住房保障支出	156.52',
          ]),
        },
      ],
      invalid: [
        {
          name: 'the 合计 printed first is not the sum of the numbered items below it (重庆 气象局 with 合计 mistyped)',
          lines: summary([
            '合计	41,770.62	合计	14,770.62',
            '一、一般公共预算资金	12,672.73	一、社会保障和就业支出	120.17',
            '二、政府性基金预算资金	579.89	二、卫生健康支出	40.68',
            '三、国有资本经营预算资金		三、农林水支出	579.89',
            '四、事业收入资金	388.00	四、自然资源海洋气象等支出	13,873.36',
            '五、其他收入资金	1,130.00	五、住房保障支出	156.52',
          ]),
          findings: [{ severity: 'error', expected: '14770.62', actual: '41770.62' }],
        },
        {
          name: '收入合计 is not 一、本年收入 and 二、上年结转 (重庆 气象局 财政拨款收支总体情况表 p.11, 收入合计 mistyped)',
          lines: summary([
            '一、本年收入	12572.73	一、本年支出	13252.62',
            '（一）一般公共预算资金	12572.73	（一）农林水支出	579.89',
            '（二）政府性基金预算资金		（二）自然资源海洋气象等支出	12672.73',
            '二、上年结转	679.89	二、结转下年	',
            '（一）一般公共预算拨款	100.00		',
            '（二）政府性基金预算拨款	579.89		',
            '收入合计	31252.62	支出合计	13252.62',
          ]),
          findings: [{ severity: 'error', expected: '13252.62', actual: '31252.62' }],
        },
        {
          name: 'a side of 类 without a 本年支出合计 whose 类 do not make its 支出总计 (万里街道 with a 类 mistyped)',
          lines: summary([
            '财政拨款收入\t1,019.16\t一般公共服务支出\t29.33',
            '一般公共预算资金\t1,019.16\t社会保障和就业支出\t196.04',
            '政府性基金\t\t城乡社区支出\t705.00',
            '其他收入\t\t住房保障支出\t88.79',
            '收入总计\t1,019.16\t支出总计\t1,091.16',
          ]),
          findings: [{ severity: 'error', expected: '1019.16', actual: '1091.16' }],
        },
        {
          name: 'income and expenditure totals differ',
          lines: summary([
            '一、一般公共预算拨款收入\t9.00\t一、一般公共服务支出\t7.00',
            '本年收入合计\t9.00\t本年支出合计\t7.00',
            '收入总计\t9.00\t支出总计\t7.00',
          ]),
          findings: [{ severity: 'error', line: 8, expected: '9.00', actual: '7.00' }],
        },
        {
          name: 'the expenditure subtotal is not the sum of the 类',
          lines: summary([
            '一、一般公共预算拨款收入\t10.00\t一、一般公共服务支出\t7.00',
            '\t\t二、教育支出\t2.00',
            '本年收入合计\t10.00\t本年支出合计\t10.00',
            '收入总计\t10.00\t支出总计\t10.00',
          ]),
          findings: [{ severity: 'error', line: 8, expected: '9.00', actual: '10.00' }],
        },
      ],
    },
    it,
  );
});

/** 北京 预算04表 财政拨款收支总表: 一、本年收入 over its （一）… items, then 二、上年结转 over its own. */
describe('balance with the subtotal printed first', () => {
  const fiscal = (rows: string[]) => [
    '某某办公室2026年部门预算',
    '预算04表 财政拨款收支总表',
    '金额单位：万元',
    '收 入\t\t支 出\t',
    '项 目\t预算数\t项 目\t预算数',
    ...rows,
  ];
  testRule(
    balance,
    {
      valid: [
        {
          name: 'the carry-over items are not income of the year',
          lines: fiscal([
            '一、本年收入\t9,142.554971\t一、本年支出\t9,151.309668',
            '（一）一般公共预算资金\t9,142.554971\t一、一般公共服务支出\t9,151.309668',
            '（二）政府性基金预算资金\t\t二、外交支出\t',
            '二、上年结转\t8.754697\t二、年终结转结余\t',
            '（一）一般公共预算拨款\t8.754697\t\t',
            '收入总计\t9,151.309668\t支出总计\t9,151.309668',
          ]),
        },
      ],
      invalid: [
        {
          name: 'the year’s items do not add up to 本年收入',
          lines: fiscal([
            '一、本年收入\t9,142.554971\t一、本年支出\t9,151.309668',
            '（一）一般公共预算资金\t9,142.554970\t一、一般公共服务支出\t9,151.309668',
            '二、上年结转\t8.754697\t二、年终结转结余\t',
            '（一）一般公共预算拨款\t8.754697\t\t',
            '收入总计\t9,151.309668\t支出总计\t9,151.309668',
          ]),
          findings: [{ severity: 'info', expected: '9142.554970', actual: '9142.554971' }],
        },
      ],
    },
    it,
  );
});

/**
 * 杭州 公安局 2026 表4 财政拨款收支预算总表 (p.24): no 本年收入合计; each numbered income item prints its
 * funds under it, and 收入总计 is the items.
 */
describe('balance with the funds printed under each numbered income item', () => {
  const fiscal = (carry: string, carryGeneral = '4,023.45', otherLine = '国有资本经营预算') => [
    '杭州市某某局2026年部门预算',
    '表4:2026年市级部门财政拨款收支预算总表',
    '单位：万元',
    '收 入\t\t支 出\t',
    '项 目\t预算数\t项 目\t预算数',
    '一、财政拨款\t373,795.79\t一、本年支出合计\t377,819.25',
    '一般公共预算\t366,195.79\t一般公共服务支出\t5,140.00',
    '政府性基金预算\t7,600.00\t公共安全支出\t372,679.25',
    '国有资本经营预算\t\t\t',
    `二、上年结转结余\t${carry}\t\t`,
    `一般公共预算\t${carryGeneral}\t\t`,
    '政府性基金预算\t\t\t',
    `${otherLine}\t\t二、年终结转结余\t`,
    '收入总计\t377,819.25\t支出总计\t377,819.25',
  ];
  testRule(
    balance,
    {
      valid: [
        { name: 'each item is its funds, and 收入总计 the items (a cent of rounding is a note)', lines: fiscal('4,023.45') },
        {
          // A line that is no fund may be the item's sibling, not its part: nothing is summed over it.
          name: 'a line that is no fund under an item: the item has no known parts',
          lines: fiscal('4,203.45', '4,023.45', '其他收入'),
        },
      ],
      invalid: [
        {
          name: '二、上年结转结余 mistyped: neither its funds nor 收入总计 agree',
          lines: fiscal('4,203.45'),
          findings: [
            { severity: 'error', expected: '4023.45', actual: '4203.45', message: '其下各项' },
            { severity: 'error', expected: '377999.24', actual: '377819.25', message: '各收入项' },
          ],
        },
        {
          name: 'a fund under 二、上年结转结余 mistyped: it no longer makes its item',
          lines: fiscal('4,023.45', '4,203.45'),
          findings: [
            { severity: 'error', expected: '4203.45', actual: '4023.45', message: '其下各项' },
            { severity: 'info', message: '四舍五入' },
          ],
        },
      ],
    },
    it,
  );
});
