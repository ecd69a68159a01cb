import { NATIONAL_BUDGET_TABLES, profileFor } from '../profiles.js';
import type { Rule } from '../types.js';

export { NATIONAL_BUDGET_TABLES };

/** The tables the disclosure rules (national baseline, or the regional profile) require are present. */
export const requiredTables: Rule = {
  meta: {
    id: 'required-tables',
    title: { zh: '必备表格', en: 'Required tables' },
    description: {
      zh: '部门预算须公开八张基本表：收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、“三公”经费支出表、政府性基金预算支出表（无数据也须公开空表）。部门决算须公开九张表（收入支出决算总表至国有资本经营预算财政拨款支出决算表）。地区模板（吉林省、山西省市级、河北省县级、上海市）另有要求，按文件所属地区和阶段（预算/决算）或 --profile 选择。',
      en: 'A department budget discloses eight tables: the income-expenditure summary, income, expenditure, fiscal appropriation summary, general budget expenditure, general budget basic expenditure, "three public" and government fund expenditure (empty ones too). A final account discloses nine. Regional templates (Jilin, Shanxi cities, Hebei counties, Shanghai) require more; the profile follows the jurisdiction and phase (budget or final account) or --profile.',
    },
    severity: 'error',
    tags: ['completeness'],
    messages: {
      missing: { zh: '缺少必须公开的{name}（{profile}）', en: 'The required {name} is missing ({profile_en})' },
    },
  },
  check(context) {
    const profile = profileFor(context.doc, context.settings?.profile);
    const kinds = new Set(context.doc.tables.map((t) => t.kind));
    for (const [kind, name] of profile.required) {
      if (!kinds.has(kind))
        context.report({ messageId: 'missing', data: { name, profile: profile.name.zh, profile_en: profile.name.en } });
    }
  },
};
