import { BALANCE_USED_KEYS, CARRYOVER_SOURCE_KEYS, CURRENT_SOURCE_KEYS } from '../../model/column-groups.js';
import type { Amount, Row, Table } from '../../model/types.js';
import { isFallbackKey } from '../../recognize/column-keys.js';
import { amountKeys, columnLabel, isOfWhich, reportSum, rowName, tableName } from '../table-helpers.js';
import type { Rule, RuleContext } from '../types.js';

/** One identity between the columns of a row: `total` = Σ `parts` − Σ `minus`. */
interface Identity {
  total: string;
  parts: string[];
  minus?: string[];
}

const SOURCES: readonly string[] = CURRENT_SOURCE_KEYS;

/** The identities a table's columns allow: only those whose every column the table prints. */
export function identitiesOf(keys: string[]): Identity[] {
  const has = (k: string) => keys.includes(k);
  const present = (ks: readonly string[]) => ks.filter(has);
  const out: Identity[] = [];
  const spending = present(['basic', 'project', 'business', 'remit_superior', 'subsidy_subordinate']);
  // Without a 基本支出 column its parts stand for it: 合计 = 人员经费 + 公用经费 (+ 项目支出 …).
  const basicParts = has('basic') || !has('personnel') || !has('public_use') ? [] : ['personnel', 'public_use'];
  const spent = [...basicParts, ...spending];
  if (has('total') && spent.length >= 2) out.push({ total: 'total', parts: spent });
  if (has('basic') && has('personnel') && has('public_use')) out.push({ total: 'basic', parts: ['personnel', 'public_use'] });
  if (has('year_end_balance')) {
    // A final account's fund table (年初结转和结余 | 本年收入 | 本年支出 合计 | 年末结转和结余) balances as
    // 年初 + 本年收入 = 本年支出 + 年末: its 合计 is what was spent, not 本年 + 结转. A column the
    // vocabulary does not know (结余分配, 调整年初…, 归集调入) may be another term: then no identity.
    if (has('total') && has('current_year') && has('carryover') && !keys.some(isFallbackKey))
      out.push({ total: 'year_end_balance', parts: ['carryover', 'current_year'], minus: ['total'] });
  } else if (has('total') && has('current_year') && has('carryover'))
    out.push({ total: 'total', parts: ['current_year', 'carryover'] });
  const fiscal = present(['general_budget', 'gov_fund', 'state_capital']);
  if (has('fiscal_appropriation') && fiscal.length > 0) out.push({ total: 'fiscal_appropriation', parts: fiscal });
  const current =
    has('fiscal_appropriation') && fiscal.length === 0 ? ['fiscal_appropriation', ...present(SOURCES)] : present(SOURCES);
  const carry = present(CARRYOVER_SOURCE_KEYS);
  const balance = present(BALANCE_USED_KEYS);
  if (has('current_year') && current.length > 0) out.push({ total: 'current_year', parts: current });
  if (has('carryover') && carry.length > 0) out.push({ total: 'carryover', parts: carry });
  if (has('total') && !has('current_year') && !has('carryover') && spending.length === 0 && current.length + carry.length >= 2) {
    out.push({ total: 'total', parts: [...current, ...balance, ...carry, ...(has('carryover') ? ['carryover'] : [])] });
  }
  if (has('total') && !has('current_year') && has('carryover') && current.length > 0 && spending.length === 0) {
    out.push({ total: 'total', parts: [...current, ...balance, 'carryover'] });
  }
  return out;
}

const negated = (amount: Amount | undefined): Amount | undefined =>
  amount && { raw: `-${amount.raw}`, scaled: -amount.scaled, scale: amount.scale };

function checkRow(context: RuleContext, table: Table, row: Row, identities: Identity[]) {
  for (const identity of identities) {
    const minus = identity.minus ?? [];
    const parts = [...identity.parts.map((k) => row.values[k]), ...minus.map((k) => negated(row.values[k]))];
    if (row.values[identity.total] === undefined && parts.every((p) => p === undefined)) continue;
    const label = (k: string) => columnLabel(table, k, row.side);
    // What is taken away is named with its group (本年支出/合计): a bare 合计 reads as the row's total.
    const spentLabel = (k: string) =>
      table.columns
        .find((c) => c.key === k)
        ?.path.filter((p) => p.trim() !== '')
        .join('/') || label(k);
    reportSum(context, {
      table,
      row,
      key: identity.total,
      parts,
      partCells: [...identity.parts, ...minus].map((key) => ({ row, key })),
      messageId: 'mismatch',
      data: {
        table: tableName(table),
        row: rowName(row),
        column: label(identity.total),
        parts: [identity.parts.map(label).join(' + '), ...minus.map(spentLabel)].join(' − '),
      },
    });
  }
}

/** Within a row: 合计 = 基本支出 + 项目支出 (+ …), 基本支出 = 人员经费 + 公用经费, 总计 = 本年 + 上年结转, 本年 = Σ 来源. */
export const rowIdentity: Rule = {
  meta: {
    id: 'row-identity',
    title: { zh: '行内勾稽', en: 'Row identities' },
    description: {
      zh: '每一行中：合计 = 基本支出 + 项目支出（+ 事业单位经营支出等）；基本支出 = 人员经费 + 公用经费；总计 = 本年 + 上年结转；决算的资金收支表中 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（表中另有本规则不认识的金额列时不查）；本年 = 各收入来源之和；上年结转 = 各资金结转之和；财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营。',
      en: 'In every row: total = basic + project (+ other columns); basic = personnel + public use; total = current year + carry-over; in a final account’s fund table, year-end balance = opening balance + income − spending (not checked when the table has an amount column the vocabulary does not know); current year = sum of sources; carry-over = sum of the funds carried over; fiscal appropriation = general budget + government funds + state capital.',
    },
    severity: 'error',
    tags: ['arithmetic'],
    messages: {
      mismatch: {
        zh: '{table}：“{row}”的{column}应为 {parts} = {expected}，表中为 {actual}（差 {difference}）',
        en: '{table}: {column} of "{row}" should be {parts} = {expected}; the table prints {actual} (difference {difference})',
      },
      rounding: {
        zh: '{table}：“{row}”的{column}与 {parts} 相差 {difference}，属四舍五入误差',
        en: '{table}: {column} of "{row}" differs from {parts} by {difference}, within rounding',
      },
    },
  },
  check(context) {
    for (const table of context.doc.tables) {
      if (table.kind === 'performance_targets' || table.kind === 'unit_performance' || table.kind === 'assets') continue;
      for (const side of [undefined, 'income', 'expenditure'] as const) {
        const rows = table.rows.filter((r) => r.side === side);
        if (rows.length === 0) continue;
        const identities = identitiesOf(amountKeys(table, side).filter((k) => !isOfWhich(table, k)));
        for (const row of rows) checkRow(context, table, row, identities);
      }
    }
  },
};
