/** Column keys that add up: the sources of current-year money and the funds carried over (docs/model.md). */

/** Sources whose sum is 本年收入/本年预算 (the current year). */
export const CURRENT_SOURCE_KEYS = [
  'general_budget',
  'gov_fund',
  'state_capital',
  'fiscal_special_account',
  'unit_funds',
  'business_income',
  'operating_income',
  'superior_subsidy',
  'subordinate_remit',
  'other_income',
] as const;

/** The same sources carried over from last year (上年结转). */
export const CARRYOVER_SOURCE_KEYS = CURRENT_SOURCE_KEYS.map((k) => `carryover_${k}`);
