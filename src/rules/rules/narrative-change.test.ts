import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { narrativeChange } from './narrative-change.js';

const doc = (text: string) => ['某某局2024年部门预算', '第三部分 情况说明', '一、机关运行经费', text];

describe('narrative-change', () => {
  testRule(
    narrativeChange,
    {
      valid: [
        {
          name: 'change and percentage agree (prior = current ∓ change)',
          lines: doc('机关运行经费财政拨款预算 1292.34 万元，比 2023 年预算减少 61.90 万元，下降 4.57%。'),
        },
        {
          name: 'the stated prior-year figure agrees',
          lines: doc('机关运行经费财政拨款预算62.12万元,与2023年预算58.90万元相比,增加3.22万元,增长5.47%。'),
        },
      ],
      invalid: [
        {
          name: 'a percentage that does not follow',
          lines: doc('机关运行经费财政拨款预算 1292.34 万元，比 2023 年预算减少 61.90 万元，下降 5.57%。'),
          findings: [{ severity: 'error', line: 3, expected: '4.57', actual: '5.57' }],
        },
        {
          name: 'a change that disagrees with the stated prior figure',
          lines: doc('机关运行经费财政拨款预算62.12万元,与2023年预算58.90万元相比,增加4.22万元。'),
          findings: [{ severity: 'error', line: 3, expected: '3.22', actual: '4.22' }],
        },
        {
          name: 'a change with nothing to check against is a warning, not silence',
          lines: doc('“三公”经费预算数为 848.66 万元，比上年减少 411.81 万元。'),
          findings: [{ severity: 'warning', line: 3 }],
        },
      ],
    },
    it,
  );
});
