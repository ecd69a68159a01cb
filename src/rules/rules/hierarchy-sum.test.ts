import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { hierarchySum } from './hierarchy-sum.js';

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
