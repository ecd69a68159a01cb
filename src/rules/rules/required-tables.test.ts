import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { NATIONAL_BUDGET_TABLES, requiredTables } from './required-tables.js';

const TITLES: Record<string, string> = {
  income_expenditure_summary: '收支预算总表',
  income_summary: '收入预算总表',
  expenditure_summary: '支出预算总表',
  fiscal_appropriation_summary: '财政拨款收支预算总表',
  general_budget_expenditure: '一般公共预算支出预算表',
  general_budget_basic_expenditure: '一般公共预算基本支出预算表',
  three_public: '一般公共预算“三公”经费支出预算表',
  gov_fund_expenditure: '政府性基金预算支出预算表',
};

const doc = (skip?: string) => [
  '某某局2024年部门预算',
  ...NATIONAL_BUDGET_TABLES.filter(([kind]) => kind !== skip).flatMap(([kind]) => [
    TITLES[kind] as string,
    '项目\t合计',
    '合计\t',
  ]),
];

describe('required-tables', () => {
  testRule(
    requiredTables,
    {
      valid: [{ name: 'all eight tables', lines: doc() }],
      invalid: [
        { name: 'no 三公 table', lines: doc('three_public'), findings: [{ severity: 'error', message: '三公' }] },
        {
          name: 'a Jilin provincial document also needs its project, entrusted-business and performance tables',
          lines: ['吉林省某某厅2024年部门预算', ...doc().slice(1)],
          findings: [
            { severity: 'error', message: '国有资本经营预算支出表' },
            { severity: 'error', message: '项目支出预算表' },
            { severity: 'error', message: '委托业务费' },
            { severity: 'error', message: '绩效目标表' },
          ],
        },
      ],
    },
    it,
  );
});
