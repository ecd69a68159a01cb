import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { procurementSum } from './procurement-sum.js';

const procurement = (header: string, rows: string[]) => [
  '某某局2026年部门预算',
  '政府采购预算明细表',
  '单位：万元',
  header,
  ...rows,
];

describe('procurement-sum', () => {
  testRule(
    procurementSum,
    {
      valid: [
        {
          name: '合计 = A-货物 + C-服务 (北京 预算10表)',
          lines: procurement('项目\t金额', ['A-货物\t3,887.172900', 'C-服务\t5,177.883268', '合计\t9,065.056168']),
        },
        {
          name: 'by category, each fund column tying too (重庆)',
          lines: procurement('项目\t总计\t一般公共预算拨款收入', [
            '合计\t4542.69\t4542.69',
            '货物\t110.00\t110.00',
            '服务\t4432.69\t4432.69',
          ]),
        },
        {
          // 烟台: rows by 功能科目 name, no code: 类 and its 款 and 项 are all rows, their levels not printed.
          name: 'a table by function names without codes is not a flat list: not checked',
          lines: procurement('科目名称\t合计', [
            '合计\t49.33',
            '一般公共服务支出\t49.33',
            '统计信息事务\t49.33',
            '行政运行\t1.83',
            '专项普查活动\t47.50',
          ]),
        },
      ],
      invalid: [
        {
          name: 'a 合计 that is not the sum of its categories',
          lines: procurement('项目\t金额', ['A-货物\t3.00', 'B-工程\t1.00', 'C-服务\t5.00', '合计\t10.00']),
          findings: [{ severity: 'error', line: 8, expected: '9.00', actual: '10.00' }],
        },
        {
          name: 'a fund column that does not tie, the 总计 that does',
          lines: procurement('项目\t总计\t一般公共预算拨款收入', ['合计\t8.00\t7.00', '货物\t3.00\t3.00', '服务\t5.00\t5.00']),
          findings: [{ severity: 'error', line: 5, expected: '8.00', actual: '7.00' }],
        },
        {
          name: 'a difference within rounding is info',
          lines: procurement('项目\t金额', ['货物\t3.33', '服务\t3.33', '合计\t6.67']),
          findings: [{ severity: 'info', line: 7 }],
        },
      ],
    },
    it,
  );
});
