import { compact } from '../model/names.js';
/** 财预〔2016〕143号: eight tables for a department budget. */
export const NATIONAL_BUDGET_TABLES = [
    ['income_expenditure_summary', '收支总表'],
    ['income_summary', '收入总表'],
    ['expenditure_summary', '支出总表'],
    ['fiscal_appropriation_summary', '财政拨款收支总表'],
    ['general_budget_expenditure', '一般公共预算支出表'],
    ['general_budget_basic_expenditure', '一般公共预算基本支出表'],
    ['three_public', '“三公”经费支出表'],
    ['gov_fund_expenditure', '政府性基金预算支出表'],
];
/** 决算公开: nine tables (the Ministry's template, as the Shanghai final accounts print it). */
export const NATIONAL_FINAL_ACCOUNT_TABLES = [
    ['income_expenditure_summary', '收入支出决算总表'],
    ['income_summary', '收入决算表'],
    ['expenditure_summary', '支出决算表'],
    ['fiscal_appropriation_summary', '财政拨款收入支出决算总表'],
    ['general_budget_expenditure', '一般公共预算财政拨款支出决算表'],
    ['general_budget_basic_expenditure', '一般公共预算财政拨款基本支出决算表'],
    ['three_public', '财政拨款“三公”经费支出决算表'],
    ['gov_fund_expenditure', '政府性基金预算财政拨款收入支出决算表'],
    ['state_capital', '国有资本经营预算财政拨款收入支出决算表'],
];
const text = (doc) => compact(`${doc.title}${doc.department ?? ''}${doc.narrative.map((s) => s.text).join('')}`);
export const PROFILES = [
    {
        id: 'jilin-province',
        name: { zh: '吉林省省级部门预算（12 张表）', en: 'Jilin provincial department budget (12 tables)' },
        phase: 'budget',
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
        phase: 'budget',
        required: [
            ...NATIONAL_BUDGET_TABLES,
            ['gov_fund_income', '政府性基金预算收入表'],
            ['state_capital', '国有资本经营预算收支预算表'],
            ['agency_operating', '财政拨款安排机关运行经费预算表'],
            ['project_expenditure', '项目支出预算表'],
        ],
        matches: (doc) => /阳泉市|太原市|大同市|长治市|晋城市|朔州市|晋中市|运城市|忻州市|临汾市|吕梁市|山西省/.test(compact(doc.department ?? doc.title)),
    },
    {
        id: 'shanghai-budget',
        name: { zh: '上海市部门（单位）预算（9 张表）', en: 'Shanghai department or unit budget (9 tables)' },
        phase: 'budget',
        required: [
            ...NATIONAL_BUDGET_TABLES,
            ['state_capital', '国有资本经营预算支出功能分类预算表'],
            // One printed table, “三公”经费和机关运行经费预算表, read as the 三公 and the 机关运行经费 parts.
            ['agency_operating', '“三公”经费和机关运行经费预算表'],
        ],
        matches: (doc) => /^上海市/.test(compact(doc.department ?? doc.title)) || /^上海市/.test(compact(doc.title)),
    },
    {
        id: 'hebei-county',
        name: { zh: '河北省县级部门预算', en: 'Hebei county-level department budget' },
        phase: 'budget',
        required: [...NATIONAL_BUDGET_TABLES, ['state_capital', '国有资本经营预算财政拨款支出表'], ['procurement', '政府采购预算表']],
        matches: (doc) => /河北/.test(text(doc)),
    },
];
export const NATIONAL = {
    id: 'national',
    name: { zh: '全国基本要求（8 张表）', en: 'National baseline (8 tables)' },
    phase: 'budget',
    required: NATIONAL_BUDGET_TABLES,
    matches: () => true,
};
export const NATIONAL_FINAL_ACCOUNT = {
    id: 'national-final-account',
    name: { zh: '部门决算基本要求（9 张表）', en: 'National final-account baseline (9 tables)' },
    phase: 'final_account',
    required: NATIONAL_FINAL_ACCOUNT_TABLES,
    matches: () => true,
};
const BASELINES = [NATIONAL, NATIONAL_FINAL_ACCOUNT];
/** Every profile `--profile` may name. */
export const ALL_PROFILES = [...PROFILES, ...BASELINES];
/** The profile named, or the first regional one of the document's phase it matches, or that phase's baseline. */
export function profileFor(doc, id) {
    const baseline = BASELINES.find((p) => p.phase === doc.phase) ?? NATIONAL;
    if (id)
        return ALL_PROFILES.find((p) => p.id === id) ?? baseline;
    return PROFILES.find((p) => p.phase === doc.phase && p.matches(doc)) ?? baseline;
}
//# sourceMappingURL=profiles.js.map