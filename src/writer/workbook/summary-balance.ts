/**
 * A filled 总表 must balance as it prints it: 本年收入合计 + the lines under it (年初结转和结余, 使用非财政
 * 拨款结余; 上年结转 in a budget) = 本年支出合计 + the lines under it (结余分配, 年末结转和结余; 结转下年).
 * The balance rule ties each side to its 收入总计 / 支出总计 and the two 总计 to each other; a workbook
 * whose 总计 are left blank, or printed as a bare 总计 as the national 决算 does, is held to the same
 * balance here, each imbalance at the cell of the spending side's last line.
 */
import type { BudgetDocument, Row, Table } from '../../model/types.js';
import { compareSum, sumPrinted } from '../../rules/arithmetic.js';
import { carryLines } from '../../rules/rules/balance.js';
import { amountKeys, columnLabel, tableName } from '../../rules/table-helpers.js';
import type { CellLocator } from './locate.js';
import type { Refusal } from './refusal.js';

type Side = 'income' | 'expenditure';

const SUBTOTAL: Record<Side, RegExp> = { income: /^本年收入(?:合计)?$/, expenditure: /^本年支出(?:合计)?$/ };
const GRAND = /^(?:收入|支出)?总计$/;
/** The 总计 the balance rule ties (收入总计 = 支出总计). */
const TIED_GRAND: Record<Side, RegExp> = { income: /^收入总计$/, expenditure: /^支出总计$/ };

/** A side's 本年合计 and the lines printed between it and its 总计 (their sub-items left out, as the balance rule does). */
function sideParts(table: Table, side: Side): Row[] | null {
  const rows = table.rows.filter((r) => r.side === side);
  const at = rows.findIndex((r) => SUBTOTAL[side].test(r.name));
  if (at < 0) return null;
  const end = rows.findIndex((r, i) => i > at && GRAND.test(r.name));
  return [rows[at] as Row, ...carryLines(rows.slice(at + 1, end < 0 ? undefined : end))];
}

const sum = (rows: Row[], key: string) =>
  rows
    .filter((r) => r.values[key] !== undefined)
    .map((r) => `${r.name} ${r.values[key]?.raw}`)
    .join(' + ');

export function unbalancedSummaries(doc: BudgetDocument, locator: CellLocator): Refusal[] {
  const out: Refusal[] = [];
  for (const table of doc.tables) {
    const income = sideParts(table, 'income');
    const spending = sideParts(table, 'expenditure');
    if (!income || !spending) continue;
    const spendingKeys = amountKeys(table, 'expenditure');
    for (const key of amountKeys(table, 'income').filter((k) => spendingKeys.includes(k))) {
      const tied = (['income', 'expenditure'] as const).every((side) =>
        table.rows.some((r) => r.side === side && TIED_GRAND[side].test(r.name) && r.values[key] !== undefined),
      );
      const left = income.map((r) => r.values[key]);
      const right = spending.map((r) => r.values[key]);
      if (tied || [...left, ...right].every((a) => a === undefined)) continue;
      const cmp = compareSum(sumPrinted(left), right);
      if (cmp.equal || cmp.rounding) continue;
      const at = [...spending].reverse().find((r) => r.values[key] !== undefined) ?? (spending[0] as Row);
      const column = columnLabel(table, key, 'expenditure');
      out.push({
        reason: 'sum',
        zh: `${tableName(table)}：收支不平衡（${column}）：${sum(income, key)} = ${cmp.actual}，${sum(spending, key) || '支出'} = ${cmp.expected}（差 ${cmp.difference}）`,
        en: `${table.kind}: the two sides do not balance (${key}): income ${cmp.actual} (${sum(income, key)}), spending ${cmp.expected} (${sum(spending, key)}), difference ${cmp.difference}`,
        ...locator.amountCell(table, at, key),
      });
    }
  }
  return out;
}
