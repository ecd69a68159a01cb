import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { performanceAmount } from './performance-amount.js';

const doc = (annual: string, period: string, nature = '一次性项目（1年结束）') => [
  '某某局2024年单位预算',
  '2024年项目支出预算表（本年预算）',
  '单位：万元',
  '项目名称\t合计\t一般公共预算',
  '某某局\t13.00\t13.00',
  '2024年项目评审工作经费\t13.00\t13.00',
  '项目支出绩效目标表',
  '项目名称\t\t2024年项目评审工作经费',
  `项目属性\t\t${nature}\t\t项目期\t\t1年`,
  `项目资金（元）\t实施期资金总额：\t${period}\t\t年度资金总额：\t${annual}`,
];

describe('performance-amount', () => {
  testRule(
    performanceAmount,
    {
      valid: [
        { name: 'the annual amount in 元 equals the project table in 万元', lines: doc('130,000', '130,000') },
        {
          name: 'a recurring project may have a longer period total',
          lines: doc('130,000', '150,000', '经常性项目（长期开展）'),
        },
      ],
      invalid: [
        {
          name: 'a one-year project whose period total differs from its annual total (003)',
          lines: doc('130,000', '150,000'),
          findings: [{ severity: 'error', expected: '130,000', actual: '150,000' }],
        },
        {
          name: 'an annual amount that differs from the project table',
          lines: doc('120,000', '120,000'),
          findings: [{ severity: 'error', expected: '13.00', actual: '12.00' }],
        },
      ],
    },
    it,
  );
});

describe('performance-amount at six decimals (北京 报表)', () => {
  const beijing = (annual: string) => [
    '某某局2026年单位预算',
    '2026年项目支出预算表',
    '单位：万元',
    '项目名称\t合计\t一般公共预算',
    '某某局\t839.000000\t839.000000',
    '评审工作经费\t839.000000\t839.000000',
    '项目支出绩效目标表',
    '项目名称\t\t评审工作经费',
    '项目属性\t\t经常性项目（长期开展）',
    `项目资金（万元）\t实施期资金总额：\t${annual}\t\t年度资金总额：\t${annual}`,
  ];
  testRule(
    performanceAmount,
    {
      valid: [{ name: 'the same amount printed to six decimals', lines: beijing('839.000000') }],
      invalid: [
        {
          name: 'a different amount',
          lines: beijing('839.100000'),
          findings: [{ severity: 'error', expected: '839.000000', actual: '839.100000' }],
        },
      ],
    },
    it,
  );
});
