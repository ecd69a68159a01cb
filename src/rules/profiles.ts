import { compact } from '../model/names.js';
import type { BudgetDocument, TableKind } from '../model/types.js';

/** Which tables a disclosure must publish: the national baseline, and regional templates on top of it. */
export interface Profile {
  id: string;
  name: { zh: string; en: string };
  required: Array<[TableKind, string]>;
  /** Does the document come from this profile's jurisdiction? */
  matches(doc: BudgetDocument): boolean;
}

/** 财预〔2016〕143号: eight tables for a department budget. */
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

const text = (doc: BudgetDocument) => compact(`${doc.title}${doc.department ?? ''}${doc.narrative.map((s) => s.text).join('')}`);

export const PROFILES: Profile[] = [
  {
    id: 'jilin-province',
    name: { zh: '吉林省省级部门预算（12 张表）', en: 'Jilin provincial department budget (12 tables)' },
    required: [
      ...NATIONAL_BUDGET_TABLES,
      ['state_capital', '国有资本经营预算支出表'],
      ['project_expenditure', '项目支出预算表'],
      ['entrusted_business', '财政拨款委托业务费支出预算表'],
      ['performance_targets', '项目支出绩效目标表'],
    ],
    matches: (doc) => /^吉林省/.test(compact(doc.department ?? doc.title)),
  },
  {
    id: 'shanxi-city',
    name: { zh: '山西省市级单位预算（13 张表）', en: 'Shanxi city-level unit budget (13 tables)' },
    required: [
      ...NATIONAL_BUDGET_TABLES,
      ['gov_fund_income', '政府性基金预算收入表'],
      ['state_capital', '国有资本经营预算收支预算表'],
      ['agency_operating', '财政拨款安排机关运行经费预算表'],
      ['project_expenditure', '项目支出预算表'],
    ],
    matches: (doc) =>
      /阳泉市|太原市|大同市|长治市|晋城市|朔州市|晋中市|运城市|忻州市|临汾市|吕梁市|山西省/.test(
        compact(doc.department ?? doc.title),
      ),
  },
  {
    id: 'hebei-county',
    name: { zh: '河北省县级部门预算', en: 'Hebei county-level department budget' },
    required: [...NATIONAL_BUDGET_TABLES, ['state_capital', '国有资本经营预算财政拨款支出表'], ['procurement', '政府采购预算表']],
    matches: (doc) => /河北/.test(text(doc)),
  },
];

export const NATIONAL: Profile = {
  id: 'national',
  name: { zh: '全国基本要求（8 张表）', en: 'National baseline (8 tables)' },
  required: NATIONAL_BUDGET_TABLES,
  matches: () => true,
};

/** The profile named, or the first regional one the document matches, or the national baseline. */
export function profileFor(doc: BudgetDocument, id?: string): Profile {
  if (id) return [...PROFILES, NATIONAL].find((p) => p.id === id) ?? NATIONAL;
  return PROFILES.find((p) => p.matches(doc)) ?? NATIONAL;
}
