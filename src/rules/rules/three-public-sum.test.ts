import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { threePublicSum } from './three-public-sum.js';

const three = (rows: string[]) => [
  '某某局2024年部门预算',
  '一般公共预算“三公”经费支出预算表',
  '单位：万元',
  '项 目\t2024 年预算数',
  ...rows,
];

describe('three-public-sum', () => {
  testRule(
    threePublicSum,
    {
      valid: [
        {
          name: 'total = travel + reception + vehicles, vehicles = purchase + running',
          lines: three([
            '合 计\t10.00',
            '1、因公出国（境）费用\t2.00',
            '2、公务接待费\t3.00',
            '3、公务用车费\t5.00',
            '其中：（1）公务用车运行维护费\t5.00',
            '（2）公务用车购置\t',
          ]),
        },
      ],
      invalid: [
        {
          name: 'a total that is not the sum of the three',
          lines: three([
            '合 计\t11.00',
            '1、因公出国（境）费用\t2.00',
            '2、公务接待费\t3.00',
            '3、公务用车费\t5.00',
            '其中：（1）公务用车运行维护费\t5.00',
            '（2）公务用车购置\t',
          ]),
          findings: [{ severity: 'error', line: 5, expected: '10.00', actual: '11.00' }],
        },
        {
          name: 'vehicles that are not purchase + running',
          lines: three([
            '合 计\t10.00',
            '1、因公出国（境）费用\t2.00',
            '2、公务接待费\t3.00',
            '3、公务用车费\t5.00',
            '其中：（1）公务用车运行维护费\t4.00',
            '（2）公务用车购置\t',
          ]),
          findings: [{ severity: 'error', line: 8, expected: '4.00', actual: '5.00' }],
        },
        {
          // 北京's 情况说明 names the item 公务用车购置和运行维护费: a row so named is the vehicles row.
          name: 'vehicles named with 和 that are not purchase + running',
          lines: three([
            '合 计\t10.00',
            '1、因公出国（境）费用\t2.00',
            '2、公务接待费\t3.00',
            '3、公务用车购置和运行维护费\t5.00',
            '其中：（1）公务用车运行维护费\t4.00',
            '（2）公务用车购置\t',
          ]),
          findings: [{ severity: 'error', line: 8, expected: '4.00', actual: '5.00' }],
        },
        {
          // 北京 军民融合办 预算09表 p.13: 小计 blank, 购置 18.69 + 运行 4.83, the 总额 40.77 counting them.
          name: 'a vehicles 小计 left blank over printed parts: one finding, the total counts the parts',
          lines: three([
            '合 计	10.00',
            '1、因公出国（境）费用	2.00',
            '2、公务接待费	3.00',
            '3、公务用车费	',
            '其中：（1）公务用车运行维护费	4.00',
            '（2）公务用车购置	1.00',
          ]),
          findings: [{ severity: 'error', line: 8, expected: '5.00', actual: '0.00', message: '表中为 空白（按 0 计）' }],
        },
      ],
    },
    it,
  );
});

/** 广州 2026 (商务局 p.12): the “三公”经费 row printed among the items, not as a 合计; items named …支出. */
describe('three-public-sum: items named in other words', () => {
  const guangzhou = (total: string, running: string) => [
    '广州市商务局2026年部门预算',
    '财政拨款安排的行政经费及“三公”经费预算表',
    '单位：万元',
    '项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算',
    '行政经费\t3,555.29\t3,555.29\t0.00\t0.00',
    `“三公”经费\t${total}\t${total}\t0.00\t0.00`,
    '（一）因公出国（境）支出\t250.00\t250.00\t0.00\t0.00',
    '（二）公务用车购置及运行维护支出\t9.73\t9.73\t0.00\t0.00',
    '1.公务用车购置费\t0.00\t0.00\t0.00\t0.00',
    `2.公务用车运行维护费\t${running}\t${running}\t0.00\t0.00`,
    '（三）公务接待费支出\t44.90\t44.90\t0.00\t0.00',
  ];
  testRule(
    threePublicSum,
    {
      valid: [{ name: '304.63 = 250.00 + 9.73 + 44.90, 9.73 = 0.00 + 9.73', lines: guangzhou('304.63', '9.73') }],
      invalid: [
        {
          name: 'a “三公”经费 row that is not the sum of the three items',
          lines: guangzhou('340.63', '9.73'),
          findings: [
            { severity: 'error', line: 6, expected: '304.63', actual: '340.63' },
            { severity: 'error', line: 6, expected: '304.63', actual: '340.63' },
          ],
        },
        {
          name: 'a 公务用车购置及运行维护支出 that is not purchase + running',
          lines: guangzhou('304.63', '9.37'),
          findings: [
            { severity: 'error', line: 8, expected: '9.37', actual: '9.73' },
            { severity: 'error', line: 8, expected: '9.37', actual: '9.73' },
          ],
        },
      ],
    },
    it,
  );
});
