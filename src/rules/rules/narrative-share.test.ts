import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { narrativeShare } from './narrative-share.js';

const doc = (text: string) => ['某某局2024年部门预算', '第三部分 情况说明', '一、2024 年收入预算情况', text];

describe('narrative-share', () => {
  testRule(
    narrativeShare,
    {
      valid: [
        {
          name: 'shares of the sentence total and of a "…中" group',
          lines: doc(
            '2024 年收入预算 22198.36 万元，其中：本年收入 19999.37 万元，占 90.10%；上年结转结余 2198.99 万元，占 9.90%。本年收入中，一般公共预算拨款收入 19495.83 万元，占 97.48%；其他收入 230.54 万元，占 1.15%。',
          ),
        },
        {
          name: 'a final account’s completion rate (规划和自然资源局: 9746.50 of 10210.34 is 95.45%, truncated)',
          lines: doc('一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。'),
        },
        {
          name: 'a rate printed in the sentence after its figures (规划和自然资源局 2024 决算, p. 23, item 5: 0.88 of 0.88)',
          lines: doc(
            '机关事业单位退休人员活动费支出（项）。年初预算为 0.88 万元，支出决算为 0.88 万元。完成年初预算的 100.00%。',
          ),
        },
        {
          name: 'a sentence opening with a rate after figures of no budget and outturn is not read as their rate',
          lines: doc('2024 年收入预算 22198.36 万元，本年收入 19999.37 万元。完成年初预算的 50.00%。'),
        },
      ],
      invalid: [
        {
          // Seed 000 (2024 年收入预算情况) with its whole left as the template's XXX: the share is of
          // that unknown whole, not of 本年收入 stated after it (which gave 2198.99 of 19999.37 = 11.00%).
          name: 'shares of a whole left as a placeholder (XXX 万元) are unverifiable, not shares of the next figure',
          lines: doc('2024 年收入预算 XXX 万元，其中：本年收入 19999.37 万元，占 90.10%；上年结转结余 2198.99 万元，占 9.90%。'),
          findings: [{ severity: 'info', line: 3, message: '2 个占比' }],
        },
        {
          // Seed 003 (一般公共预算当年支出结构情况) with 695.96 left as XXX: each 类's share is of that whole.
          name: 'parts listed after a placeholder whole are not shares of the first part',
          lines: doc(
            '2024年度阳泉市商务局一般公共预算当年支出XXX万元,主要用于以下方面:一般公共预算服务支出348.07万元,占50.01%;社会保障和就业支出240.67万元,占34.58%。',
          ),
          findings: [{ severity: 'info', line: 3, message: '2 个占比' }],
        },
        {
          name: 'a placeholder whole in the sentence before leaves the shares after it unverifiable too',
          lines: doc('2024 年一般公共预算支出 XXX 万元。其中：项目支出 8001.87 万元，占 36.88%。'),
          findings: [{ severity: 'info', line: 3 }],
        },
        {
          name: 'shares of no whole the text states are unverifiable: one note (info) for the section, listing them',
          lines: doc('因公出国（境）费支出决算 0.00 万元，占 0.00%；公务接待费支出决算 0.39 万元，占 100.00%。'),
          findings: [
            {
              severity: 'info',
              line: 3,
              message:
                '2 个占比没有可作分母的总数：因公出国(境)费支出决算 0.00 万元占 0.00%；公务接待费支出决算 0.39 万元占 100.00%',
            },
          ],
        },
        {
          name: 'a final account’s completion rate that does not follow from its budget and outturn',
          lines: doc('一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 93.45%。'),
          findings: [{ severity: 'error', line: 3, expected: '95.46', actual: '93.45' }],
        },
        {
          name: 'a rate in the sentence after its figures that does not follow from them (the wording of 规划和自然资源局, item 5)',
          lines: doc(
            '机关事业单位退休人员活动费支出（项）。年初预算为 0.88 万元，支出决算为 0.80 万元。完成年初预算的 100.00%。',
          ),
          findings: [{ severity: 'error', line: 3, expected: '90.91', actual: '100.00' }],
        },
        {
          name: 'a share that does not follow from the amounts',
          lines: doc('2024 年收入预算 22198.36 万元，其中：本年收入 19999.37 万元，占 91.10%。'),
          findings: [{ severity: 'error', line: 3, expected: '90.09', actual: '91.10' }],
        },
      ],
    },
    it,
  );
});
