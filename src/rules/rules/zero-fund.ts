import type { BudgetDocument, Row, Table } from '../../model/types.js';
import { type AmountClaim, type ChangeClaim, readClaims, speaksOfAnotherYear } from '../../narrative/claims.js';
import { fundGivenAsZero, wholeFundNamed, type ZeroableFund } from '../fund-money.js';
import { rowName, tableName } from '../table-helpers.js';
import type { Rule } from '../types.js';

const FUND_WORD: Record<ZeroableFund, string> = { gov_fund: '政府性基金预算', state_capital: '国有资本经营预算' };

/**
 * A fund the tables give as 0 has no amount and no increase: "政府性基金预算拨款收入 1421.25 万元" or
 * "政府性基金预算…增加 1421.25 万元" where the 收支总表 prints 政府性基金预算拨款收入 0.00 and no table
 * gives the fund any money.
 */
export const zeroFund: Rule = {
  meta: {
    id: 'zero-fund',
    title: { zh: '资金为 0 却称有金额或增加', en: 'An amount or increase for a fund the tables give as 0' },
    description: {
      zh: '收支总表或财政拨款收支总表中政府性基金预算（国有资本经营预算）拨款收入为 0 或空白，且其他表格都没有这项资金（本表各行、该资金的支出表、收入总表的“政府性基金”列、上年结转）时，情况说明不应称这项资金本年有不为 0 的金额，也不应称它比上年增加：本年为 0 的资金不可能比上年增加。只核对整项资金（“政府性基金预算拨款收入”“国有资本经营预算支出”），不核对其中的某一类；说明所称为其他年度、上年结转的，或表格未给出这项资金的（无收支总表、表格另行公开），无法判断，不报告。',
      en: 'When the 收支总表 or 财政拨款收支总表 prints the income of the 政府性基金预算 (国有资本经营预算) fund as 0 or blank and no other table gives the fund any money (no row of it, its expenditure table, the fund’s column of the 收入总表, its carry-over), the narrative may neither state a non-zero amount of that fund for the year nor an increase over last year: a fund at 0 cannot have grown. Only the fund as a whole is checked ("政府性基金预算拨款收入", "国有资本经营预算支出"), not one of its items; another year’s figure or a carry-over, or tables that do not give the fund (no summary, tables published separately) cannot be judged and are not reported.',
    },
    severity: 'error',
    tags: ['narrative', 'cross-table'],
    messages: {
      amount: {
        zh: '情况说明“{heading}”称{label} {actual} 万元，但{table}“{row}”为 0，其他表格也没有{fund}资金',
        en: 'Narrative "{heading}" states {label} {actual} 万元, but {table} "{row}" is 0 and no table gives the {fund} fund any money',
      },
      increase: {
        zh: '情况说明“{heading}”称{label}比上年增加 {actual} 万元，但{table}“{row}”本年为 0：为 0 的资金不可能比上年增加',
        en: 'Narrative "{heading}" states that {label} grew by {actual} 万元, but {table} "{row}" is 0 this year: a fund at 0 cannot have grown',
      },
    },
  },
  check(context) {
    for (const found of zeroFundContradictions(context.doc)) {
      const { claim, where, fund } = found;
      const actual = 'amount' in claim ? claim.amount.raw : claim.change.raw;
      context.report({
        messageId: 'amount' in claim ? 'amount' : 'increase',
        data: {
          heading: claim.section.heading,
          label: claim.label,
          actual,
          table: tableName(where.table),
          row: rowName(where.row),
          fund: FUND_WORD[fund],
        },
        table: where.table,
        row: where.row,
        column: 'total',
        expected: '0',
        actual,
        source: claim.section.source,
      });
    }
  },
};

interface ZeroFundContradiction {
  claim: AmountClaim | ChangeClaim;
  fund: ZeroableFund;
  where: { table: Table; row: Row };
}

const cache = new WeakMap<BudgetDocument, ZeroFundContradiction[]>();

/**
 * The narrative's amounts and increases of a fund the tables give as 0, read once per document: the
 * rules that would list them as unverifiable leave them to this one.
 */
export function zeroFundContradictions(doc: BudgetDocument): ZeroFundContradiction[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const found: ZeroFundContradiction[] = [];
  const zero = new Map<ZeroableFund, ReturnType<typeof fundGivenAsZero>>();
  const add = (claim: AmountClaim | ChangeClaim, fund: ZeroableFund) => {
    if (!zero.has(fund)) zero.set(fund, fundGivenAsZero(doc, fund));
    const where = zero.get(fund);
    if (where) found.push({ claim, fund, where });
  };
  const claims = readClaims(doc.narrative);
  for (const claim of claims.amounts) {
    const fund = wholeFundNamed(claim.label);
    if (!fund || claim.amount.scaled === 0n) continue;
    const upTo = claim.sentence.slice(0, claim.sentence.indexOf(claim.before ?? '') + (claim.before ?? '').length);
    if (!speaksOfAnotherYear(upTo, doc.year)) add(claim, fund);
  }
  for (const change of claims.changes) {
    const fund = change.named ? wholeFundNamed(change.label) : null;
    if (!fund || change.direction !== 1 || change.contradictory || change.change.scaled === 0n) continue;
    const at = change.sentence.indexOf(change.change.raw);
    if (at >= 0 && !speaksOfAnotherYear(change.sentence.slice(0, at), doc.year)) add(change, fund);
  }
  cache.set(doc, found);
  return found;
}
