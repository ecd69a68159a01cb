/** Chinese names of the standard column keys (docs/model.md), for report headers. */
const LABELS: Record<string, string> = {
  total: '合计',
  budget: '年初预算数',
  adjusted_budget: '全年预算数',
  current_year: '本年',
  carryover: '上年结转',
  basic: '基本支出',
  project: '项目支出',
  business: '事业单位经营支出',
  remit_superior: '上缴上级支出',
  subsidy_subordinate: '对附属单位补助支出',
  personnel: '人员经费',
  public_use: '公用经费',
  fiscal_appropriation: '财政拨款',
  general_budget: '一般公共预算',
  gov_fund: '政府性基金预算',
  state_capital: '国有资本经营预算',
  fiscal_special_account: '财政专户管理资金',
  unit_funds: '单位资金',
  business_income: '事业收入',
  operating_income: '事业单位经营收入',
  superior_subsidy: '上级补助收入',
  subordinate_remit: '附属单位上缴收入',
  other_income: '其他收入',
  balance_used: '使用非财政拨款结余',
  carryover_fiscal: '财政拨款结转',
  carryover_non_fiscal: '非财政拨款结转结余',
  quantity: '数量',
  value: '价值',
  amount: '年度资金总额',
  period_total: '实施期资金总额',
  year_end_balance: '年末结转和结余',
};

/**
 * How the national final account (决算) prints the columns of its fund tables (政府性基金预算财政拨款
 * 收入支出决算表): 年初结转和结余 (`carryover`) | 本年收入 (`current_year`) | 本年支出 合计 · 基本支出 ·
 * 项目支出 | 年末结转和结余 (`year_end_balance`), read back by recognize/column-keys.ts.
 */
export const FINAL_ACCOUNT_LABELS = { carryover: '年初结转和结余', current_year: '本年收入', spending: '本年支出' } as const;

/** The standard name of a column key ("上年结转·一般公共预算" for carry-over funds), or null for other keys. */
export function standardColumnLabel(key: string): string | null {
  if (key.startsWith('carryover_') && !(key in LABELS)) {
    const fund = LABELS[key.slice('carryover_'.length)];
    return fund ? `上年结转·${fund}` : null;
  }
  return LABELS[key] ?? null;
}

/**
 * The headers of the columns that name a table's rows, as the national templates print them (and
 * the recognizer reads them: column-keys.ts): the code, the classification name, or the item.
 */
export const ROW_HEADERS = { code: '科目编码', name: '科目名称', item: '项目' } as const;

/** The two halves of a 收支总表, as its header names them. */
export const SIDE_HEADERS = { income: '收入', expenditure: '支出' } as const;
