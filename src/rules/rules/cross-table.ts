import { parseAmount } from '../../model/amount.js';
import type { Amount, BudgetDocument, Row, Table, TableKind } from '../../model/types.js';
import { compareSum } from '../arithmetic.js';
import { columnLabel, tableName } from '../table-helpers.js';
import type { Rule, RuleContext } from '../types.js';

/** One figure the document states in two tables that measure the same money. */
interface Tie {
  what: string;
  a: { table: Table; row: Row; key: string; value: Amount | undefined };
  b: { table: Table; row: Row; key: string; value: Amount | undefined };
}

const byKind = (doc: BudgetDocument, kind: TableKind) => doc.tables.find((t) => t.kind === kind && !t.empty);
const totalRow = (t: Table | undefined, side?: Row['side']) => t?.rows.find((r) => r.isTotal && r.side === side);
const named = (t: Table | undefined, side: Row['side'], pattern: RegExp) =>
  t?.rows.find((r) => r.side === side && pattern.test(r.name));

function sumOf(row: Row, keys: string[]): Amount | undefined {
  const present = keys.map((k) => row.values[k]).filter((a): a is Amount => a !== undefined);
  if (present.length === 0) return undefined;
  return parseAmount(compareSum(undefined, present).expected) ?? undefined;
}

function tie(what: string, at: [Table, Row, string, Amount?], bt: [Table, Row, string, Amount?]): Tie {
  return {
    what,
    a: { table: at[0], row: at[1], key: at[2], value: at.length > 3 ? at[3] : at[1].values[at[2]] },
    b: { table: bt[0], row: bt[1], key: bt[2], value: bt.length > 3 ? bt[3] : bt[1].values[bt[2]] },
  };
}

/** The ties between the standard tables that hold whatever the template (documented per tie in the rule doc). */
export function tiesOf(doc: BudgetDocument): Tie[] {
  const ties: Tie[] = [];
  const summary = byKind(doc, 'income_expenditure_summary');
  const income = byKind(doc, 'income_summary');
  const spending = byKind(doc, 'expenditure_summary');
  const general = byKind(doc, 'general_budget_expenditure');
  const basic = byKind(doc, 'general_budget_basic_expenditure');
  const projects = doc.tables.find((t) => t.kind === 'project_expenditure' && !t.empty);
  const spendingTotal = totalRow(spending);
  const incomeGrand = named(summary, 'income', /^收入总计$/);
  const spendingSubtotal = named(summary, 'expenditure', /^本年支出(?:合计)?$/);
  // 收支总表 本年支出合计 = 支出总表 合计 (all funds, both include the carry-over they spend).
  if (summary && spending && spendingTotal && spendingSubtotal) {
    ties.push(tie('本年支出合计', [summary, spendingSubtotal, 'total'], [spending, spendingTotal, 'total']));
    // Each 类: 收支总表 vs 支出总表.
    for (const row of summary.rows.filter((r) => r.side === 'expenditure' && r.level === 1)) {
      const match = spending.rows.find((r) => r.level === 1 && (r.code && row.code ? r.code === row.code : r.name === row.name));
      if (match) ties.push(tie(row.name, [summary, row, 'total'], [spending, match, 'total']));
    }
  }
  // 收支总表 收入总计 = 收入总表 合计.
  const incomeTotal = totalRow(income);
  if (summary && income && incomeGrand && incomeTotal) {
    const value = incomeTotal.values.total ?? sumOf(incomeTotal, ['current_year', 'carryover']);
    ties.push(tie('收入总计', [summary, incomeGrand, 'total'], [income, incomeTotal, 'total', value]));
  }
  // 一般公共预算支出表 基本支出 = 基本支出表 合计 (and 人员经费, 公用经费).
  const generalTotal = totalRow(general);
  const basicTotal = totalRow(basic);
  if (general && basic && generalTotal && basicTotal) {
    // A 基本支出表 printed in 人员经费 | 公用经费 halves has no printed 合计: its two half totals add up to it.
    const basicValue = basicTotal.values.total ?? sumOf(basicTotal, ['personnel', 'public_use']);
    ties.push(tie('基本支出', [general, generalTotal, 'basic'], [basic, basicTotal, 'total', basicValue]));
    for (const key of ['personnel', 'public_use']) {
      const printed = (t: Table) => t.columns.some((c) => c.key === key);
      if (printed(general) && printed(basic)) ties.push(tie(key, [general, generalTotal, key], [basic, basicTotal, key]));
    }
  }
  // 项目支出表 合计 = 支出总表 项目支出.
  const projectTotal = totalRow(projects);
  if (projects && spending && projectTotal && spendingTotal && projects.columns.some((c) => c.key === 'total')) {
    ties.push(tie('项目支出', [spending, spendingTotal, 'project'], [projects, projectTotal, 'total']));
  }
  return ties;
}

function report(context: RuleContext, t: Tie) {
  if (t.a.value === undefined && t.b.value === undefined) return;
  const cmp = compareSum(t.b.value, [t.a.value]);
  if (cmp.equal) return;
  context.report({
    messageId: cmp.rounding ? 'rounding' : 'mismatch',
    severity: cmp.rounding ? 'info' : undefined,
    data: {
      a: tableName(t.a.table),
      aRow: t.a.row.label || t.a.row.name,
      aColumn: columnLabel(t.a.table, t.a.key, t.a.row.side),
      b: tableName(t.b.table),
      bRow: t.b.row.label || t.b.row.name,
      bColumn: columnLabel(t.b.table, t.b.key, t.b.row.side),
      ...cmp,
    },
    table: t.b.table,
    row: t.b.row,
    column: t.b.key,
    expected: cmp.expected,
    actual: cmp.actual,
    difference: cmp.difference,
  });
}

/** The same money in different tables agrees. */
export const crossTable: Rule = {
  meta: {
    id: 'cross-table',
    title: { zh: '表间勾稽', en: 'Cross-table ties' },
    description: {
      zh: '同一口径的数字在不同表中一致：收支总表本年支出合计 = 支出总表合计，收支总表各类支出 = 支出总表各类，收支总表收入总计 = 收入总表合计，一般公共预算支出表基本支出（人员经费、公用经费）= 基本支出表合计，项目支出表合计 = 支出总表项目支出。',
      en: 'Figures that measure the same money agree across tables: summary expenditure = expenditure table total (and per 类), summary income = income table total, general-budget basic expenditure (personnel, public use) = basic-expenditure table total, project table total = project expenditure.',
    },
    severity: 'error',
    tags: ['cross-table'],
    messages: {
      mismatch: {
        zh: '{b}“{bRow}”的{bColumn}为 {actual}，与{a}“{aRow}”的{aColumn} {expected} 不一致（差 {difference}）',
        en: '{b} "{bRow}" {bColumn} is {actual}, but {a} "{aRow}" {aColumn} is {expected} (difference {difference})',
      },
      rounding: {
        zh: '{b}“{bRow}”的{bColumn}与{a}相差 {difference}，属四舍五入误差',
        en: '{b} "{bRow}" {bColumn} differs from {a} by {difference}, within rounding',
      },
    },
  },
  check(context) {
    for (const t of tiesOf(context.doc)) report(context, t);
  },
};
