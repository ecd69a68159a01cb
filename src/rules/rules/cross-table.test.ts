import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { crossTable } from './cross-table.js';

const doc = (basicTotal: string) => [
  '某某局2024年部门预算',
  '一般公共预算支出预算表',
  '单位：万元',
  '功能分类科目名称\t合计\t基本支出\t\t\t项目支出',
  '\t\t小计\t人员经费\t公用经费\t',
  '合计\t10.00\t6.00\t5.00\t1.00\t4.00',
  '一般公共预算基本支出预算表',
  '单位：万元',
  '部门预算支出经济分类科目名称\t合计\t人员经费\t公用经费',
  `合计\t${basicTotal}\t5.00\t1.00`,
];

describe('cross-table', () => {
  testRule(
    crossTable,
    {
      valid: [{ name: '基本支出 agrees between the general budget table and the basic table', lines: doc('6.00') }],
      invalid: [
        {
          name: 'the basic table total differs from the 基本支出 column',
          lines: doc('6.50'),
          findings: [{ severity: 'error', line: 10, expected: '6.00', actual: '6.50' }],
        },
      ],
    },
    it,
  );
});
