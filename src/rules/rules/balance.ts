import { NUMBERED_LABEL, numberingDepth } from '../../model/names.js';
import type { Row, Table } from '../../model/types.js';
import { FUND_NAME } from '../../recognize/vocabulary.js';
import { compareSum } from '../arithmetic.js';
import { amountKeys, columnLabel, reportSum, rowName, tableName } from '../table-helpers.js';
import type { Rule, RuleContext } from '../types.js';

function find(rows: Row[], pattern: RegExp): number {
  return rows.findIndex((r) => pattern.test(r.name));
}

const SUBTOTAL = { income: /^本年收入(?:合计)?$/, expenditure: /^本年支出(?:合计)?$/ };

/**
 * A side's grand total, by preference: 收入总计; 收入合计 when the side has no 总计 (重庆
 * 财政拨款收支总体情况表: 一、本年收入 … 二、上年结转 … 收入合计); a bare 合计 or 总计 (重庆
 * 部门收支总体情况表 prints 合计 first on each side, over the numbered items).
 */
const GRAND = {
  income: [/^收入总计$/, /^收入合计$/, /^(?:合计|总计)$/],
  expenditure: [/^支出总计$/, /^支出合计$/, /^(?:合计|总计)$/],
};

function findGrand(rows: Row[], side: 'income' | 'expenditure'): number {
  for (const pattern of GRAND[side]) {
    const at = rows.findIndex((r) => r.isTotal && pattern.test(r.name));
    if (at >= 0) return at;
  }
  return -1;
}

/** A carry-over line of the year (二、上年结转, 二、结转下年, 年终结转结余). */
const CARRY = /结转|结余/;

const isFundLine = (r: Row) => numberingDepth(r.label) === null && Object.values(FUND_NAME).some((p) => p.test(r.name));

/**
 * The lines a numbered income item (一、) prints under it as its parts, up to the next such item or
 * a total: the funds of its money, all unnumbered (杭州 财政拨款收支预算总表: 一、财政拨款 | 一般公共预算 |
 * 政府性基金预算 | 国有资本经营预算 | 二、上年结转结余 | 一般公共预算 …) or all numbered （一）, 1、 (重庆's
 * 二、上年结转 | （一）一般公共预算拨款 …). Any other line (其他收入, a 结转 line under an item of the
 * year) may be the item's sibling rather than its part: then the item has no known parts.
 */
export function partsUnder(rows: Row[]): Map<Row, Row[]> {
  const parts = new Map<Row, Row[]>();
  rows.forEach((row, index) => {
    if (row.isTotal || numberingDepth(row.label) !== 1) return;
    const after = rows.slice(index + 1);
    const end = after.findIndex((r) => r.isTotal || numberingDepth(r.label) === 1);
    const under = end < 0 ? after : after.slice(0, end);
    if (under.length > 0 && (under.every(isFundLine) || under.every((r) => numberingDepth(r.label) === 2))) parts.set(row, under);
  });
  return parts;
}

/**
 * The items a side with no 本年合计 prints beside its total, when they are all one level: numbered
 * 一、二、… lines (with no other line under them than their parts, see partsUnder), or for the
 * spending side the 类. Null otherwise.
 */
function flatItems(rows: Row[], side: 'income' | 'expenditure'): Row[] | null {
  const filled = rows.filter((r) => !r.isTotal && Object.keys(r.values).length > 0);
  if (filled.length === 0) return null;
  const parts = new Set([...partsUnder(rows).values()].flat());
  if (filled.every((r) => numberingDepth(r.label) === 1 || parts.has(r)))
    return rows.filter((r) => numberingDepth(r.label) === 1);
  if (side === 'expenditure' && filled.every((r) => r.level === 1)) return rows.filter((r) => r.level === 1);
  return null;
}

/** Items of one side above its 本年合计: the numbered top items when the side numbers them, else all. */
function topItems(rows: Row[], side: 'income' | 'expenditure'): Row[] {
  if (side === 'expenditure') {
    const classes = rows.filter((r) => r.level === 1);
    if (classes.length > 0) return classes;
  }
  const numbered = rows.filter((r) => NUMBERED_LABEL.test(r.label));
  return numbered.length > 0 ? numbered : rows;
}

/**
 * Items under a 本年收入 heading printed first (一、本年收入 | （一）… or 1、… | 二、上年结转): the
 * sub-items up to the next top-level heading (whose items are carry-overs) or total.
 */
function itemsUnderHeading(rows: Row[]): Row[] {
  const after = rows.slice(1);
  const end = after.findIndex((r) => r.isTotal || numberingDepth(r.label) === 1);
  return (end < 0 ? after : after.slice(0, end)).filter((r) => numberingDepth(r.label) === 2);
}

/** Rows between 本年合计 and 总计: carry-over lines (sub-items under a heading row excluded). */
export function carryLines(rows: Row[]): Row[] {
  const plain = rows.filter((r) => !NUMBERED_LABEL.test(r.label));
  return plain.some((r) => Object.keys(r.values).length > 0) ? plain : rows.filter((r) => NUMBERED_LABEL.test(r.label));
}

function compare(context: RuleContext, table: Table, row: Row, parts: Row[], key: string, what: string) {
  reportSum(context, {
    table,
    row,
    key,
    parts: parts.map((p) => p.values[key]),
    messageId: 'sum',
    data: { table: tableName(table), row: rowName(row), column: columnLabel(table, key, row.side), what },
    // A mistyped 支出总计 misses its parts and the 收入总计 by the same amount: one fact.
    about: [row],
  });
}

/** Two-sided tables (收支总表, 财政拨款收支总表): each side adds up, and 收入总计 = 支出总计. */
export const balance: Rule = {
  meta: {
    id: 'balance',
    title: { zh: '收支平衡', en: 'Two sides balance' },
    description: {
      zh: '收支总表和财政拨款收支总表中：本年收入合计等于各收入项之和，本年支出合计等于各类支出之和，收入总计 = 本年收入合计 + 上年结转，支出总计 = 本年支出合计 + 结转下年，收入总计 = 支出总计。总计行也可名为收入合计/支出合计或“合计”（重庆：合计印在各方最前，下列一、二、……各项）；没有本年合计时，总计等于同一层级的各项之和；“一、本年收入”印在最前时，总计 = 本年收入 + 上年结转。编号收入项（一、）下只列其各项资金（一般公共预算、政府性基金预算、国有资本经营预算）或只列（一）、1、等分项时，该项等于其下各项之和，没有本年收入合计时收入总计等于各编号项之和（杭州 财政拨款收支预算总表：一、财政拨款、二、上年结转结余各列其资金）；其下还有别的行（如其他收入）时可能是并列项而非分项，不核对。',
      en: 'In two-sided summaries: the current-year income total is the sum of the income items, the expenditure total the sum of the 类, total income = current income + carry-over, total expenditure = current expenditure + carried forward, and total income = total expenditure. A side’s total may be named 收入合计/支出合计 or a bare 合计 (重庆 prints 合计 first on each side, over its 一、二、… items); with no current-year subtotal the total is the sum of the side’s items of one level; with 一、本年收入 printed first, the total is it plus the carry-over. A numbered income item (一、) that lists only its funds (一般公共预算, 政府性基金预算, 国有资本经营预算) or only numbered parts （一）, 1、 under it equals their sum, and with no current-year subtotal the total income is the sum of the numbered items (杭州 财政拨款收支预算总表: 一、财政拨款 and 二、上年结转结余 each list their funds); any other line under an item (其他收入) may be its sibling rather than its part, and nothing is summed then.',
    },
    severity: 'error',
    tags: ['arithmetic'],
    messages: {
      sum: {
        zh: '{table}：{row}的{column}应为{what}之和 {expected}，表中为 {actual}（差 {difference}）',
        en: '{table}: {column} of {row} should be the sum of {what}, {expected}; the table prints {actual} (difference {difference})',
      },
      balance: {
        zh: '{table}：收入总计与支出总计不平衡（{column}：收入 {expected}，支出 {actual}，差 {difference}）',
        en: '{table}: total income and total expenditure do not balance ({column}: income {expected}, expenditure {actual}, difference {difference})',
      },
      rounding: {
        zh: '{table}：{row}的{column}与{what}之和相差 {difference}，属四舍五入误差',
        en: '{table}: {column} of {row} differs from the sum of {what} by {difference}, within rounding',
      },
    },
  },
  check(context) {
    for (const table of context.doc.tables) {
      const income = table.rows.filter((r) => r.side === 'income');
      const spending = table.rows.filter((r) => r.side === 'expenditure');
      if (income.length === 0 || spending.length === 0) continue;
      const totals: Partial<Record<'income' | 'expenditure', Row>> = {};
      for (const [side, rows] of [
        ['income', income],
        ['expenditure', spending],
      ] as const) {
        const subtotal = find(rows, SUBTOTAL[side]);
        const grand = findGrand(rows, side);
        const keys = amountKeys(table, side);
        if (subtotal >= 0) {
          const sub = rows[subtotal] as Row;
          const before =
            subtotal === 0 ? rows.slice(1, grand >= 0 ? grand : undefined).filter((r) => r.level === 1) : rows.slice(0, subtotal);
          const items = subtotal === 0 && side === 'income' ? itemsUnderHeading(rows) : topItems(before, side);
          if (items.length > 0)
            for (const key of keys) compare(context, table, sub, items, key, side === 'income' ? '各收入项' : '各类支出');
          if (grand > subtotal && subtotal > 0) {
            const between = carryLines(rows.slice(subtotal + 1, grand));
            for (const key of keys)
              compare(
                context,
                table,
                rows[grand] as Row,
                [sub, ...between],
                key,
                side === 'income' ? '本年收入与上年结转' : '本年支出与结转下年',
              );
          }
        }
        // 一、本年收入 printed first over its items: the total is it and the carry-over lines (二、上年结转).
        if (subtotal === 0 && grand > 0 && numberingDepth((rows[0] as Row).label) === 1) {
          const carry = rows.slice(1, grand).filter((r) => numberingDepth(r.label) === 1 && CARRY.test(r.name));
          for (const key of keys)
            compare(
              context,
              table,
              rows[grand] as Row,
              [rows[0] as Row, ...carry],
              key,
              side === 'income' ? '本年收入与上年结转' : '本年支出与结转下年',
            );
        }
        // No 本年合计 (上海 部门财务收支预算总表: the 类, then 支出总计; 重庆 部门收支总体情况表: 合计
        // first, then 一、… 九、): the total is the sum of the items when they are all one level (no
        // 结转 line under a heading to add). The items are those before it, or after it when it is first.
        const beside = grand > 0 ? rows.slice(0, grand) : grand === 0 ? rows.slice(1) : [];
        const items = subtotal < 0 ? flatItems(beside, side) : null;
        if (items)
          for (const key of keys)
            compare(context, table, rows[grand] as Row, items, key, side === 'income' ? '各收入项' : '各类支出');
        if (grand >= 0) totals[side] = rows[grand] as Row;
        // Each numbered income item is its parts (一、财政拨款 = 一般公共预算 + 政府性基金预算 + …), but
        // a 本年收入 heading over its items, checked above.
        if (side !== 'income') continue;
        for (const [item, lines] of partsUnder(rows)) {
          if (subtotal === 0 && item === rows[0]) continue;
          for (const key of keys) if (lines.some((r) => r.values[key])) compare(context, table, item, lines, key, '其下各项');
        }
      }
      const { income: totalIncome, expenditure: totalSpending } = totals;
      if (totalIncome && totalSpending) {
        for (const key of amountKeys(table, 'income')) {
          if (!amountKeys(table, 'expenditure').includes(key)) continue;
          const cmp = compareSum(totalIncome.values[key], [totalSpending.values[key]]);
          if (cmp.equal) continue;
          context.report({
            messageId: 'balance',
            data: {
              table: tableName(table),
              column: columnLabel(table, key),
              expected: cmp.actual,
              actual: cmp.expected,
              difference: cmp.difference,
            },
            table,
            row: totalSpending,
            column: key,
            expected: cmp.actual,
            actual: cmp.expected,
            difference: cmp.difference,
            about: [totalIncome, totalSpending],
          });
        }
      }
    }
  },
};
