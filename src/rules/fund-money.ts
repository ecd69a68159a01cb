import type { BudgetDocument, Row, Table, TableKind } from '../model/types.js';
import { FUND_NAME } from '../recognize/vocabulary.js';

/** The funds a department may have none of: their tables, and the columns of other tables that hold them. */
export type ZeroableFund = 'gov_fund' | 'state_capital';

const FUND_PLACES: Record<ZeroableFund, { name: RegExp; tables: TableKind[]; keys: string[] }> = {
  gov_fund: {
    name: FUND_NAME.gov_fund,
    tables: ['gov_fund_expenditure', 'gov_fund_income'],
    keys: ['gov_fund', 'carryover_gov_fund'],
  },
  state_capital: { name: FUND_NAME.state_capital, tables: ['state_capital'], keys: ['state_capital', 'carryover_state_capital'] },
};

const SUMMARIES = new Set<TableKind>(['income_expenditure_summary', 'fiscal_appropriation_summary']);

const holdsMoney = (row: Row) => Object.values(row.values).some((v) => v.scaled !== 0n);

/**
 * The 收支总表 or 财政拨款收支总表 row that gives a fund as 0 (长春 信访局: 政府性基金预算拨款收入 0.00),
 * when nothing in the document gives it money: no row naming the fund (its 上年结转 too) holds any, its
 * own tables print none, and no column of the fund (收入总表's 政府性基金 …) holds any. The summary
 * must hold data itself, so a table printed blank says nothing. Null when the fund has money, or no
 * summary names it: then the tables do not say it is 0.
 */
export function fundGivenAsZero(doc: BudgetDocument, fund: ZeroableFund): { table: Table; row: Row } | null {
  const places = FUND_PLACES[fund];
  let zero: { table: Table; row: Row } | null = null;
  for (const table of doc.tables) {
    if (places.tables.includes(table.kind) && table.rows.some(holdsMoney)) return null;
    if (table.rows.some((r) => places.keys.some((k) => (r.values[k]?.scaled ?? 0n) !== 0n))) return null;
    if (!SUMMARIES.has(table.kind)) continue;
    const income = table.rows.filter((r) => r.side !== 'expenditure');
    const filled = income.some(holdsMoney);
    for (const row of table.rows.filter((r) => places.name.test(r.name))) {
      if (holdsMoney(row)) return null;
      if (filled && row.side !== 'expenditure') zero ??= { table, row };
    }
  }
  return zero;
}

/** The fund a text names as a whole ("政府性基金预算拨款收入", "国有资本经营预算支出"), or null. */
export function wholeFundNamed(label: string): ZeroableFund | null {
  return (Object.keys(FUND_PLACES) as ZeroableFund[]).find((fund) => WHOLE_FUND[fund].test(label)) ?? null;
}

const wholeOf = (name: RegExp) =>
  new RegExp(`^(?:本年|当年|本年度)?${name.source}(?:预算)?(?:财政)?(?:拨款)?(?:收入|支出)?(?:预算)?$`);
const WHOLE_FUND: Record<ZeroableFund, RegExp> = {
  gov_fund: wholeOf(FUND_PLACES.gov_fund.name),
  state_capital: wholeOf(FUND_PLACES.state_capital.name),
};
