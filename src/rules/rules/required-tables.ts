import type { TableKind } from '../../model/types.js';
import type { Rule } from '../types.js';

/** The national baseline of a department budget disclosure (财预〔2016〕143号): eight tables. */
export const NATIONAL_BUDGET_TABLES: Array<[TableKind, string]> = [
  ['income_expenditure_summary', '收支总表'],
  ['income_summary', '收入总表'],
  ['expenditure_summary', '支出总表'],
  ['fiscal_appropriation_summary', '财政拨款收支总表'],
  ['general_budget_expenditure', '一般公共预算支出表'],
  ['general_budget_basic_expenditure', '一般公共预算基本支出表'],
  ['three_public', '“三公”经费支出表'],
  ['gov_fund_expenditure', '政府性基金预算支出表'],
];

/** The tables the disclosure rules require are present (empty ones included, with their statement). */
export const requiredTables: Rule = {
  meta: {
    id: 'required-tables',
    title: { zh: '必备表格', en: 'Required tables' },
    description: {
      zh: '部门预算须公开八张基本表：收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、“三公”经费支出表、政府性基金预算支出表（无数据也须公开空表）。',
      en: 'A department budget discloses eight tables: the income-expenditure summary, income, expenditure, fiscal appropriation summary, general budget expenditure, general budget basic expenditure, "three public" and government fund expenditure (empty ones too).',
    },
    severity: 'error',
    tags: ['completeness'],
    messages: {
      missing: { zh: '缺少必须公开的{name}', en: 'The required {name} is missing' },
    },
  },
  check(context) {
    if (context.doc.phase !== 'budget') return;
    const kinds = new Set(context.doc.tables.map((t) => t.kind));
    for (const [kind, name] of NATIONAL_BUDGET_TABLES) {
      if (!kinds.has(kind)) context.report({ messageId: 'missing', data: { name } });
    }
  },
};
