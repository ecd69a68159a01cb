/** Column keys that add up: the sources of current-year money and the funds carried over (docs/model.md). */
/** Sources whose sum is 本年收入/本年预算 (the current year). */
export declare const CURRENT_SOURCE_KEYS: readonly ["general_budget", "gov_fund", "state_capital", "fiscal_special_account", "unit_funds", "business_income", "operating_income", "superior_subsidy", "subordinate_remit", "other_income"];
/** Fiscal appropriations (财政拨款): the three budgets. */
export declare const FISCAL_FUND_KEYS: readonly string[];
/** Everything else a unit budgets (非财政拨款): 财政专户 money and the unit's own funds and their sources. */
export declare const NON_FISCAL_SOURCE_KEYS: readonly string[];
/** The unit's own funds (单位资金) by source. */
export declare const UNIT_SOURCE_KEYS: readonly string[];
/**
 * Money a unit draws from its own balances (使用非财政拨款结余, 用事业基金弥补收支差额): neither this
 * year's income nor a carry-over, it adds to the total beside them (the national template's 收入总表).
 */
export declare const BALANCE_USED_KEYS: readonly string[];
/** The same sources carried over from last year (上年结转). */
export declare const CARRYOVER_SOURCE_KEYS: string[];
/** The order these columns follow in every template: totals, current-year sources, then carry-over. */
export declare const CANONICAL_COLUMN_ORDER: string[];
/** Rank of a key in the canonical order; keys outside it keep their printed order after. */
export declare function columnRank(key: string): number;
