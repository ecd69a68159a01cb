import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { classificationCodes } from './classification-codes.js';

const table = (rows: string[]) => [
  '某某局2024年部门预算',
  '2024年预算支出总表',
  '单位：万元',
  '科目编码\t科目名称\t合计',
  ...rows,
];

describe('classification-codes', () => {
  testRule(
    classificationCodes,
    {
      valid: [
        {
          name: 'codes of the list, with their names and parents',
          lines: table(['201\t一般公共服务支出\t1.00', '20113\t商贸事务\t1.00', '2011301\t行政运行\t1.00']),
        },
      ],
      invalid: [
        {
          name: 'a name that is not the code’s',
          lines: table(['201\t一般公共服务支出\t1.00', '20113\t商贸事务\t1.00', '2011301\t招商引资\t1.00']),
          findings: [{ severity: 'error', line: 7, expected: '行政运行' }],
        },
        {
          name: 'a 项 under the wrong 款',
          lines: table(['201\t一般公共服务支出\t1.00', '20113\t商贸事务\t1.00', '2010301\t行政运行\t1.00']),
          findings: [{ severity: 'error', line: 7, expected: '20113', actual: '20103' }],
        },
        {
          name: 'a 项 directly under a 类',
          lines: table(['201\t一般公共服务支出\t1.00', '2011301\t行政运行\t1.00']),
          findings: [{ severity: 'error', line: 6 }],
        },
        {
          name: 'a code the list does not have',
          lines: table(['201\t一般公共服务支出\t1.00', '20113\t商贸事务\t1.00', '2011398\t某某事务\t1.00']),
          findings: [{ severity: 'warning', line: 7, actual: '2011398' }],
        },
      ],
    },
    it,
  );
});
