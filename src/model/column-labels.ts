/** Chinese names of the standard column keys (docs/model.md), for report headers. */
const LABELS: Record<string, string> = {
  total: '合计',
  budget: '年初预算数',
  adjusted_budget: '全年预算数',
  current_year: '本年',
  carryover: '上年结转',
  year_end_balance: '年末结转和结余',
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
};

/** The standard name of a column key ("上年结转·一般公共预算" for carry-over funds), or null for other keys. */
export function standardColumnLabel(key: string): string | null {
  if (key.startsWith('carryover_') && !(key in LABELS)) {
    const fund = LABELS[key.slice('carryover_'.length)];
    return fund ? `上年结转·${fund}` : null;
  }
  return LABELS[key] ?? null;
}

/**
 * A final account's fund tables (政府性基金预算财政拨款收入支出决算表, 国有资本经营预算…) as the national 决算
 * prints them: 年初结转和结余 | 本年收入 | 本年支出 (合计 | 基本支出 | 项目支出) | 年末结转和结余.
 */
export const FINAL_ACCOUNT_FUND_HEADERS = {
  carryover: '年初结转和结余',
  current_year: '本年收入',
  spending: '本年支出',
} as const;

/**
 * The headers of the columns that name a table's rows, as the national templates print them (and
 * the recognizer reads them: column-keys.ts): the code, the classification name, the item, or the unit (a
 * 收入总表 by unit: 吉林's 部门（单位）名称).
 */
export const ROW_HEADERS = {
  code: '科目编码',
  name: '科目名称',
  item: '项目',
  unit: '单位名称',
  /** A 项目支出表's or 绩效目标表's project column. */
  project: '项目名称',
  /** 北京's 政府采购预算明细表: its rows are 采购类别 (A-货物, C-服务). */
  purchase: '采购类别',
} as const;

/**
 * The words a table prints around its columns' names, as the national templates print them (the
 * writer's template writes them; the reader recognizes them, column-labels.test.ts): the code and name
 * columns by classification, the total rows of a 收支总表's sides, and the 三公 items as rows.
 */
export const CLASSIFICATION_HEADERS = {
  code: { function: '功能分类科目编码', economic: '经济分类科目编码' },
  name: { function: '功能分类科目名称', economic: '经济分类科目名称' },
  split: ['类', '款', '项'],
} as const;

export const TOTAL_ROWS = {
  incomeTotal: '本年收入合计',
  expenditureTotal: '本年支出合计',
  incomeGrandTotal: '收入总计',
  expenditureGrandTotal: '支出总计',
  carriedForward: '结转下年',
  subtotal: '小计',
} as const;

/**
 * The rows a final account's 总表 prints between its 本年收入合计 | 本年支出合计 and its 总计, income |
 * spending (national 决算: samples/shanghai-final-account-template-2024.pdf, 普陀 规划和自然资源局 2024):
 * the 收入支出决算总表's balances used and distributed, then what was carried in and what is carried on;
 * the 财政拨款收入支出决算总表's carried fiscal appropriations.
 */
export const FINAL_ACCOUNT_BALANCE_ROWS = {
  summary: [
    ['使用非财政拨款结余', '结余分配'],
    ['年初结转和结余', '年末结转和结余'],
  ],
  fiscal: [['年初财政拨款结转和结余', '年末财政拨款结转和结余']],
} as const;

/** The 三公 items: 因公出国(境)费, 公务接待费, and the vehicles' subtotal with its two parts. */
export const THREE_PUBLIC_ITEMS = [
  '因公出国(境)费',
  '公务接待费',
  '公务用车购置及运行费',
  '其中：公务用车购置费',
  '公务用车运行费',
] as const;

/** The two halves of a 收支总表, as its header names them. */
export const SIDE_HEADERS = { income: '收入', expenditure: '支出' } as const;
