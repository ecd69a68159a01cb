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
];
/** Fiscal appropriations (财政拨款): the three budgets. */
export const FISCAL_FUND_KEYS = ['general_budget', 'gov_fund', 'state_capital'];
/** Everything else a unit budgets (非财政拨款): 财政专户 money and the unit's own funds and their sources. */
export const NON_FISCAL_SOURCE_KEYS = CURRENT_SOURCE_KEYS.filter((k) => !FISCAL_FUND_KEYS.includes(k));
/** The unit's own funds (单位资金) by source. */
export const UNIT_SOURCE_KEYS = NON_FISCAL_SOURCE_KEYS.filter((k) => k !== 'fiscal_special_account');
/**
 * Money a unit draws from its own balances (使用非财政拨款结余, 用事业基金弥补收支差额): neither this
 * year's income nor a carry-over, it adds to the total beside them (the national template's 收入总表).
 */
export const BALANCE_USED_KEYS = ['balance_used'];
/** The same sources carried over from last year (上年结转). */
export const CARRYOVER_SOURCE_KEYS = CURRENT_SOURCE_KEYS.map((k) => `carryover_${k}`);
/** The order these columns follow in every template: totals, current-year sources, then carry-over. */
export const CANONICAL_COLUMN_ORDER = [
    'total',
    'current_year',
    'fiscal_appropriation',
    ...CURRENT_SOURCE_KEYS,
    ...BALANCE_USED_KEYS,
    'carryover',
    'carryover_fiscal',
    'carryover_general_budget',
    'carryover_gov_fund',
    'carryover_state_capital',
    'carryover_non_fiscal',
    'carryover_fiscal_special_account',
    'carryover_unit_funds',
    ...CARRYOVER_SOURCE_KEYS.slice(5),
];
/** Rank of a key in the canonical order; keys outside it keep their printed order after. */
export function columnRank(key) {
    const i = CANONICAL_COLUMN_ORDER.indexOf(key);
    return i < 0 ? CANONICAL_COLUMN_ORDER.length : i;
}
//# sourceMappingURL=column-groups.js.map