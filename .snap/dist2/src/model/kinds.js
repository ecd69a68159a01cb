/** Each kind by the name the national template gives it (中文), for explanations and reports. */
export const KIND_NAMES = {
    income_expenditure_summary: '收支总表',
    income_summary: '收入总表',
    expenditure_summary: '支出总表',
    fiscal_appropriation_summary: '财政拨款收支总表',
    general_budget_expenditure: '一般公共预算支出表',
    general_budget_basic_expenditure: '一般公共预算基本支出表',
    three_public: '“三公”经费支出表',
    gov_fund_income: '政府性基金预算收入表',
    gov_fund_expenditure: '政府性基金预算支出表',
    state_capital: '国有资本经营预算支出表',
    project_expenditure: '项目支出表',
    agency_operating: '机关运行经费表',
    entrusted_business: '委托业务费支出表',
    performance_targets: '项目支出绩效目标表',
    unit_performance: '整体支出绩效目标表',
    procurement: '政府采购预算表',
    assets: '国有资产占用情况表',
    organization_units: '机构设置情况',
    fiscal_appropriation_expenditure: '财政拨款支出表',
    general_budget_economic_expenditure: '一般公共预算支出经济分类表',
    general_budget_project_expenditure: '一般公共预算项目支出经济分类表',
    service_purchase: '政府购买服务预算表',
    unknown: '未识别',
};
/** Tables of spending by function (类/款/项 rows), told apart by the fund they cover. */
export const SPENDING_BY_FUNCTION = [
    'expenditure_summary',
    'general_budget_expenditure',
    'gov_fund_expenditure',
    'state_capital',
    'fiscal_appropriation_expenditure',
];
/** Tables by the department economic classification (301 工资福利支出 …). */
export const SPENDING_BY_ECONOMIC = [
    'general_budget_basic_expenditure',
    'general_budget_economic_expenditure',
    'general_budget_project_expenditure',
];
/** `收支总表 (income_expenditure_summary)`: a kind as explanations name it. */
export function kindLabel(kind) {
    return `${KIND_NAMES[kind]} (${kind})`;
}
//# sourceMappingURL=kinds.js.map