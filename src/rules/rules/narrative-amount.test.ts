import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { narrativeAmount } from './narrative-amount.js';

const doc = (sentence: string) => [
  '某某局2024年部门预算',
  '一般公共预算“三公”经费支出预算表',
  '单位：万元',
  '项 目\t2024 年预算数',
  '合 计\t10.00',
  '1、因公出国（境）费用\t2.00',
  '2、公务接待费\t3.00',
  '3、公务用车费\t5.00',
  '第三部分 情况说明',
  '一、2024 年“三公”经费情况',
  sentence,
];

describe('narrative-amount', () => {
  testRule(
    narrativeAmount,
    {
      valid: [
        {
          name: 'the narrative restates the table',
          lines: doc(
            '2024 年“三公”经费预算数为 10.00 万元。其中：1.因公出国（境）费 2.00 万元。2.公务接待费 3.00 万元。3.公务用车购置及运行费 5.00 万元。',
          ),
        },
      ],
      invalid: [
        {
          name: 'a stated budget total that is not the summary total (a single source is not taken for it)',
          lines: [
            '某某局2024年部门预算',
            '收支预算总表',
            '单位：万元',
            '收 入\t\t支 出\t',
            '项 目\t预算数\t项 目\t预算数',
            '一、一般公共预算拨款收入\t10.00\t一、一般公共服务支出\t10.00',
            '收入总计\t10.00\t支出总计\t10.00',
            '第三部分 情况说明',
            '一、2024 年收入预算情况',
            '2024 年收入预算 12.00 万元，其中：一般公共预算收入 10.00 万元。',
          ],
          findings: [{ severity: 'error', line: 9, expected: '10.00', actual: '12.00' }],
        },
        {
          name: 'a narrative amount that matches nothing (000: 公务用车购置及运行费 0 万元 vs 48.24)',
          lines: doc('2024 年“三公”经费预算数为 10.00 万元。3.公务用车购置及运行费 0 万元。'),
          findings: [{ severity: 'error', line: 10, expected: '5.00', actual: '0' }],
        },
      ],
    },
    it,
  );
});
