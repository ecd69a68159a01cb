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
        {
          name: 'only the two figures and the percentage are stated, and they agree (Shanghai)',
          lines: doc(
            '“社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元。2023年当年预算执行数为711.34万元，2024年预算安排738.66万元，比2023年预算执行数增加3.84%。',
          ),
        },
      ],
      invalid: [
        {
          name: 'an item whose heading and body give two figures is one finding naming both (万里街道 住房公积金 350.35, then 352.67; 0.53% follows the first)',
          lines: doc(
            '“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。',
          ),
          findings: [{ severity: 'error', line: 3, expected: '350.35', actual: '352.67', message: '前后不一致' }],
        },
        {
          name: 'figures that fall while the text says they rise',
          lines: doc('2023年当年预算执行数为54.60万元，2024年预算安排53.84万元，比2023年预算执行数增加1.39%。'),
          findings: [{ severity: 'error', line: 3, message: '却说增加' }],
        },
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
          name: 'a change with nothing to check against is a note (info), not silence',
          lines: doc('“三公”经费预算数为 848.66 万元，比上年减少 411.81 万元。'),
          findings: [{ severity: 'info', line: 3, message: '1 处比上年增减' }],
        },
      ],
    },
    it,
  );
});

/** 北京 情况说明: the prior figure stated in the 比-clause, lines justified with spaces between characters. */
describe('narrative-change with the prior figure in the 比-clause', () => {
  const beijing = (text: string) => [
    '某某办公室2026年部门预算',
    '第一部分 2026 年度部门预算情况说明',
    '三、支出预算情况说明',
    text,
  ];
  testRule(
    narrativeChange,
    {
      valid: [
        {
          name: 'current, prior, change and percentage agree (中共北京市委军民融合发展委员会办公室)',
          lines: beijing(
            '2026 年 支 出 预 算 9151.31 万 元 ， 比 2025 年 年 初 预 算 数 17278.68 万元减少 8127.37 万元，减少 47.04%。',
          ),
        },
        {
          name: 'the change of the figure just before, from the executed figure (北京市国资委)',
          lines: beijing(
            '国有资本经营预算收入 495,836.20 万元比 2025 年初预算数 56,831.85 增加较多，主要原因是 2026 年初批复率提高，比 2025 年预算收入执行数 483,923.17 万元增加 11,913.03 万元，增长 2.46%。',
          ),
        },
      ],
      invalid: [
        {
          name: 'three rounded figures missing by one unit: rounding (北京市国资委 一般公共预算收入)',
          lines: beijing('一般公共预算收入 19,828.57 万元比 2025 年初预算数 20,292.85 万元减少 464.27 万元，降低 2.29%。'),
          findings: [{ severity: 'info', expected: '-464.28', actual: '-464.27' }],
        },
        {
          name: 'a change that is not the difference of the figures',
          lines: beijing('2026 年支出预算 9151.31 万元，比 2025 年年初预算数 17278.68 万元减少 8127.47 万元。'),
          findings: [{ severity: 'error', expected: '-8127.37', actual: '-8127.47' }],
        },
      ],
    },
    it,
  );
});

/** 重庆 气象局 2026 部门预算情况说明 二、部门收支总体情况 (p.1): a whole's change, then its parts'. */
describe('narrative-change: the parts’ changes listed with their whole', () => {
  const chongqing = (text: string) => ['重庆市气象局2026年部门预算情况说明', '二、部门收支总体情况', text];
  const income = (word: string) =>
    `（一）收入预算：2026年年初预算数14,770.62万元。收入比2025年增加2,515.39万元，主要是一般公共预算拨款增加552.5万元，政府性基金预算资金增加579.89万元，事业收入资金${word}388万元，其他收入资金增加995万元。`;
  testRule(
    narrativeChange,
    {
      valid: [
        { name: 'the parts’ changes add up to the whole’s', lines: chongqing(income('增加')) },
        {
          // Each clause its own list: 基本支出 = 人员经费 + 公用经费; 项目支出 has one reason only.
          name: 'a clause per whole, split at ；, each adding up (财政拨款情况说明 p.2)',
          lines: chongqing(
            '其中：基本支出5,445.39万元，比2025年增加994.5万元，主要原因是人员经费增加990.07万元，公用经费增加4.43万元；项目支出7,227.34万元，比2025年减少442万元，主要是建设项目预算减少。',
          ),
        },
        {
          // A list of main reasons that leaves parts out: no direction word turned makes it add up.
          name: 'main reasons that do not add up to the whole, with no single word to blame',
          lines: chongqing('支出比2025年增加2,515.39万元，主要是基本支出增加1,000万元，项目支出增加1,262.89万元。'),
        },
      ],
      invalid: [
        {
          name: 'one part said to fall while the sum needs it to rise (事业收入资金 减少 388)',
          lines: chongqing(income('减少')),
          findings: [{ severity: 'warning', line: 2, expected: '2515.39', actual: '1739.39', message: '却说减少' }],
        },
        {
          name: 'the whole said to fall while its parts rise',
          lines: chongqing('支出比2025年减少2,515.39万元，主要是基本支出增加1,252.5万元，项目支出增加1,262.89万元。'),
          findings: [{ severity: 'warning', line: 2, message: '“支出”若是增加 2,515.39 万元' }],
        },
      ],
    },
    it,
  );
});
