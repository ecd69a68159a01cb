import { compact } from '../../model/names.js';
import type { Amount, BudgetDocument, Row, Table, TableKind } from '../../model/types.js';
import { columnMeaning } from '../../recognize/column-keys.js';
import { WITH_OTHER_SPENDING } from '../../recognize/vocabulary.js';
import { compareAcrossUnits, compareSum, sumPrinted } from '../arithmetic.js';
import { columnLabel, rowName, tableName } from '../table-helpers.js';
import type { Rule, RuleContext } from '../types.js';

/** One end of a tie: a cell (or a figure computed from one row) of a table. */
interface End {
  table: Table;
  row: Row;
  key: string;
  value: Amount | undefined;
}

/**
 * One figure the document states in two tables that measure the same money. `b` is reported. For
 * `equal` ties, `b` equals `a` (or one of `alternatives` for `a`, when the tables' scope cannot be told
 * apart: with or without the carry-over). For `at-most` ties, `b` is a part of `a`'s money.
 */
interface Tie {
  what: string;
  relation: 'equal' | 'at-most';
  a: End;
  b: End;
  alternatives?: Array<Amount | undefined>;
}

/** A table that says it is empty but prints its zeros (合计 0.00) is still held to them. */
const printsFigures = (t: Table) => !t.empty || t.rows.some((r) => Object.keys(r.values).length > 0);
const byKind = (doc: BudgetDocument, kind: TableKind) => doc.tables.find((t) => t.kind === kind && printsFigures(t));
const totalRow = (t: Table | undefined, side?: Row['side']) => t?.rows.find((r) => r.isTotal && r.side === side);
const named = (t: Table | undefined, side: Row['side'], pattern: RegExp) =>
  t?.rows.find((r) => r.side === side && pattern.test(r.name));
const hasColumn = (t: Table, key: string, side?: Row['side']) =>
  t.columns.some((c) => c.key === key && (side === undefined || c.side === undefined || c.side === side));

function sumOf(row: Row, keys: string[]): Amount | undefined {
  return sumPrinted(keys.map((k) => row.values[k]));
}

type At = [Table, Row, string, (Amount | undefined)?];
const end = (at: At): End => ({ table: at[0], row: at[1], key: at[2], value: at.length > 3 ? at[3] : at[1].values[at[2]] });
const tie = (what: string, a: At, b: At, more: Partial<Tie> = {}): Tie => ({
  what,
  relation: 'equal',
  a: end(a),
  b: end(b),
  ...more,
});

/** The column key a row's name would have as a header (一般公共预算拨款收入 → general_budget): the recognizer's own vocabulary. */
const keyOf = (row: Row) => columnMeaning([row.name]).key;

/** The current-year income rows of a table, first row per source key: carry-overs and totals excluded. */
function sourceRows(t: Table | undefined): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const r of t?.rows ?? []) {
    if (r.side !== 'income' || r.isTotal || /结转|结余/.test(r.name)) continue;
    const key = keyOf(r);
    if (!rows.has(key)) rows.set(key, r);
  }
  return rows;
}

/** The rows of a table (or of one side) that name a 科目 (类, 款 or 项), in print order. */
const subjectRows = (t: Table, side?: Row['side']) => t.rows.filter((r) => r.side === side && !r.isTotal && r.level !== null);

/**
 * Two tables that print the same 科目 list, name for name (and code for code where both print one),
 * paired row by row; null when the lists differ. The pairing rests on the lists alone, not on the
 * codes or levels read, so a 项 the code list lacks (杭州 司法局's 律师管理 under 20406 司法) is tied too.
 */
function sameSubjects(a: Row[], b: Row[]): Array<[Row, Row]> | null {
  if (a.length === 0 || a.length !== b.length) return null;
  const pairs = a.map((row, i) => [row, b[i] as Row] as [Row, Row]);
  const same = pairs.every(([x, y]) => compact(x.name) === compact(y.name) && (!x.code || !y.code || x.code === y.code));
  return same ? pairs : null;
}

/** 收支总表 against 支出总表 and 收入总表. */
function summaryTies(doc: BudgetDocument): Tie[] {
  const ties: Tie[] = [];
  const summary = byKind(doc, 'income_expenditure_summary');
  const income = byKind(doc, 'income_summary');
  const spending = byKind(doc, 'expenditure_summary');
  const spendingTotal = totalRow(spending);
  const incomeGrand = named(summary, 'income', /^收入总计$/);
  const spendingSubtotal = named(summary, 'expenditure', /^本年支出(?:合计)?$/);
  // 收支总表 本年支出合计 = 支出总表 合计 (all funds, both include the carry-over they spend).
  if (summary && spending && spendingTotal && spendingSubtotal) {
    ties.push(tie('本年支出合计', [summary, spendingSubtotal, 'total'], [spending, spendingTotal, 'total']));
    // Every 类, 款 and 项 when both print the same list; else each 类: 收支总表 vs 支出总表.
    const pairs = sameSubjects(subjectRows(summary, 'expenditure'), subjectRows(spending));
    for (const [row, match] of pairs ?? []) ties.push(tie(row.name, [summary, row, 'total'], [spending, match, 'total']));
    for (const row of pairs ? [] : summary.rows.filter((r) => r.side === 'expenditure' && r.level === 1)) {
      const match = spending.rows.find((r) => r.level === 1 && (r.code && row.code ? r.code === row.code : r.name === row.name));
      if (match) ties.push(tie(row.name, [summary, row, 'total'], [spending, match, 'total']));
    }
  }
  const incomeTotal = totalRow(income);
  if (!summary || !income || !incomeTotal) return ties;
  // 收支总表 收入总计 = 收入总表 合计.
  if (incomeGrand) {
    const value = incomeTotal.values.total ?? sumOf(incomeTotal, ['current_year', 'carryover']);
    ties.push(tie('收入总计', [summary, incomeGrand, 'total'], [income, incomeTotal, 'total', value]));
  }
  // Each source: 收支总表's row = 收入总表's column. Where the 收支总表 splits each row into
  // 合计 | 本年 | 上年结转 (Jilin), the 收入总表's source columns are the 本年 part.
  const column = hasColumn(summary, 'current_year', 'income') ? 'current_year' : 'total';
  for (const [key, row] of sourceRows(summary)) {
    if (!hasColumn(income, key)) continue;
    ties.push(tie(row.name, [summary, row, column], [income, incomeTotal, key]));
    const carried = `carryover_${key}`;
    if (column === 'current_year' && hasColumn(income, carried))
      ties.push(tie(row.name, [summary, row, 'carryover'], [income, incomeTotal, carried]));
  }
  return ties;
}

/** The three funds of fiscal money: their tables and their column keys. */
const FUNDS: Array<[TableKind, string]> = [
  ['general_budget_expenditure', 'general_budget'],
  ['gov_fund_expenditure', 'gov_fund'],
  ['state_capital', 'state_capital'],
];

/**
 * The 财政拨款收支总表 against the 收支总表's sources and the fund tables. A fund table may measure
 * only the current year (Shanxi prints "不含上年结转", others do not say) while the 财政拨款收支总表
 * also spends the carry-over: with a carry-over, either figure is accepted.
 */
function fiscalTies(doc: BudgetDocument): Tie[] {
  const ties: Tie[] = [];
  const fiscal = byKind(doc, 'fiscal_appropriation_summary');
  if (!fiscal) return ties;
  const summary = byKind(doc, 'income_expenditure_summary');
  const [summarySources, fiscalSources] = [sourceRows(summary), sourceRows(fiscal)];
  // A 收支总表 without a carry-over line of its own (重庆: 一般公共预算资金 … 其他收入资金 = 合计) counts
  // each fund's carry-over in the fund's line: the 财政拨款收支总表's 本年 figure plus that fund's 上年结转.
  const summaryCarries = summary?.rows.some((r) => r.side === 'income' && /结转|结余/.test(r.name)) ?? true;
  for (const [, fund] of FUNDS) {
    const a = summarySources.get(fund);
    const b = fiscalSources.get(fund);
    if (!summary || !a || !b) continue;
    const carry = summaryCarries ? undefined : carriedOf(fiscal, fund, false);
    for (const key of ['total', 'current_year', 'carryover']) {
      if (!hasColumn(summary, key, 'income') || !hasColumn(fiscal, key, 'income')) continue;
      const alternatives = key === 'total' && carry ? [minus(a.values[key], carry)] : undefined;
      ties.push(tie(b.name, [summary, a, key], [fiscal, b, key], { alternatives }));
    }
  }
  const spent =
    named(fiscal, 'expenditure', /^本年支出(?:合计)?$/) ?? fiscal.rows.find((r) => r.side === 'expenditure' && r.isTotal);
  if (!spent) return ties;
  for (const [kind, key] of FUNDS) {
    const fund = byKind(doc, kind);
    const fundTotal = totalRow(fund);
    if (!fund || !fundTotal || !hasColumn(fiscal, key, 'expenditure') || !hasColumn(fund, 'total')) continue;
    // Whether a fund table includes the spending of its carry-over is not always printed: with a
    // carry-over, either reading is accepted, and the 类 are tied only when the totals show the scope.
    const carry = carriedOf(fiscal, key);
    const alternatives = carry ? [spent.values[key], minus(spent.values[key], carry)] : undefined;
    ties.push(tie(key, [fiscal, spent, key], [fund, fundTotal, 'total'], { alternatives }));
    const sameScope = compareSum(fundTotal.values.total, [spent.values[key]]).equal;
    if (carry && !sameScope) continue;
    for (const row of fiscal.rows.filter((r) => r.side === 'expenditure' && r.level === 1 && r.values[key])) {
      const match = fund.rows.find((r) => r.level === 1 && (r.code && row.code ? r.code === row.code : r.name === row.name));
      if (match) ties.push(tie(row.name, [fiscal, row, key], [fund, match, 'total']));
    }
  }
  return ties;
}

/**
 * The carry-over of one fund on the income side of a 财政拨款收支总表 (上年结转 / 年初财政拨款结转和结余,
 * then the fund's row under it), or (`orWhole`) the whole carry-over when it is not split; undefined when none.
 */
function carriedOf(fiscal: Table, fund: string, orWhole = true): Amount | undefined {
  const at = fiscal.rows.findIndex((r) => r.side === 'income' && /(?:上年|年初).*结转/.test(r.name));
  const head = fiscal.rows[at];
  if (!head) return undefined;
  const own = fiscal.rows.slice(at + 1).find((r) => r.side === 'income' && !r.isTotal && keyOf(r) === fund);
  const value = own?.values.total ?? (orWhole ? head.values.total : undefined);
  return value && value.scaled !== 0n ? value : undefined;
}

function minus(a: Amount | undefined, b: Amount | undefined): Amount | undefined {
  if (!a || !b) return a;
  return sumPrinted([a, { ...b, scaled: -b.scaled }]);
}

/** 一般公共预算支出表 against 基本支出表 and 项目支出表; 项目支出表 against 支出总表. */
function expenditureTies(doc: BudgetDocument): Tie[] {
  const ties: Tie[] = [];
  const spending = byKind(doc, 'expenditure_summary');
  const general = byKind(doc, 'general_budget_expenditure');
  const basic = byKind(doc, 'general_budget_basic_expenditure');
  // A project table that also holds other spending (…项目支出及其他支出预算表) ties with no 项目支出 column.
  const projectTables = doc.tables.filter(
    (t) => t.kind === 'project_expenditure' && printsFigures(t) && !WITH_OTHER_SPENDING.test(t.title),
  );
  const projects = projectTables[0];
  const spendingTotal = totalRow(spending);
  // 一般公共预算支出表 基本支出 = 基本支出表 合计 (and 人员经费, 公用经费).
  const generalTotal = totalRow(general);
  const basicTotal = totalRow(basic);
  if (general && basic && generalTotal && basicTotal) {
    // A 基本支出表 printed in 人员经费 | 公用经费 halves has no printed 合计: its two half totals add up to it.
    const basicValue = basicTotal.values.total ?? sumOf(basicTotal, ['personnel', 'public_use']);
    ties.push(tie('基本支出', [general, generalTotal, 'basic'], [basic, basicTotal, 'total', basicValue]));
    for (const key of ['personnel', 'public_use']) {
      if (hasColumn(general, key) && hasColumn(basic, key))
        ties.push(tie(key, [general, generalTotal, key], [basic, basicTotal, key]));
    }
  }
  // 项目支出表 合计 = 支出总表 项目支出.
  const projectTotal = totalRow(projects);
  if (projects && spending && projectTotal && spendingTotal && hasColumn(projects, 'total')) {
    // A project table that prints its 上年结转 beside this year's money (烟台) may total both, where the
    // 支出总表 counts this year's: its 合计 is the 项目支出 plus that carry-over.
    const carry = projectTotal.values.carryover;
    const alternatives = carry ? [sumPrinted([spendingTotal.values.project, carry])] : undefined;
    ties.push(tie('项目支出', [spending, spendingTotal, 'project'], [projects, projectTotal, 'total'], { alternatives }));
  }
  // 项目支出表's general-budget money = 一般公共预算支出表 项目支出: the current year's, or with its
  // carry-over, or over all the project tables (Shanxi prints 本年预算 and 上年结转 apart).
  if (projects && projectTotal && general && generalTotal && hasColumn(projects, 'general_budget')) {
    const keys = ['general_budget', 'carryover_general_budget'];
    const all = projectTables.flatMap((t) => {
      const row = totalRow(t);
      return row ? keys.map((k) => row.values[k]) : [];
    });
    const alternatives = [sumOf(projectTotal, keys), sumPrinted(all)];
    ties.push(tie('项目支出', [projects, projectTotal, 'general_budget'], [general, generalTotal, 'project'], { alternatives }));
  }
  return [...ties, ...economicTies(general, generalTotal, doc)];
}

/**
 * The 一般公共预算 printed again by economic classification: its 项目支出 part (广州, 珠海 表7 …（按经济分类
 * 科目）) totals the 一般公共预算支出表's 项目支出; the whole (泉州 一般公共预算支出经济分类情况表) its 合计,
 * and its 基本支出 / 项目支出 columns the same columns.
 */
function economicTies(general: Table | undefined, generalTotal: Row | undefined, doc: BudgetDocument): Tie[] {
  if (!general || !generalTotal) return [];
  const ties: Tie[] = [];
  const projectPart = byKind(doc, 'general_budget_project_expenditure');
  const projectTotal = totalRow(projectPart);
  if (projectPart && projectTotal && hasColumn(projectPart, 'total') && hasColumn(general, 'project'))
    ties.push(tie('项目支出', [general, generalTotal, 'project'], [projectPart, projectTotal, 'total']));
  const whole = byKind(doc, 'general_budget_economic_expenditure');
  const wholeTotal = totalRow(whole);
  if (!whole || !wholeTotal) return ties;
  for (const key of ['total', 'basic', 'project']) {
    if (hasColumn(general, key) && hasColumn(whole, key))
      ties.push(tie(key, [general, generalTotal, key], [whole, wholeTotal, key]));
  }
  return ties;
}

/** “三公” items, and the 基本支出 economic codes that are part of them (the 三公 table adds the projects'). */
const THREE_PUBLIC_PARTS: Array<[item: RegExp, code: string, name: RegExp]> = [
  [/因公出国/, '30212', /因公出国/],
  [/^公务接待费?$/, '30217', /^公务接待费?$/],
  [/^公务用车运行(?:维护)?费$/, '30231', /^公务用车运行维护费$/],
];

function threePublicTies(doc: BudgetDocument): Tie[] {
  const ties: Tie[] = [];
  const three = byKind(doc, 'three_public');
  const basic = byKind(doc, 'general_budget_basic_expenditure');
  // Only a basic table of fiscal money is part of the 三公 table's money (an all-funds one may exceed it).
  if (!three || !basic || !/一般公共预算|财政拨款/.test(basic.title)) return ties;
  // A final account's basic table holds the outturn, the 三公 table's 决算 column the same.
  const basicKey = (row: Row) => (row.values.total ? 'total' : 'public_use');
  for (const [item, code, name] of THREE_PUBLIC_PARTS) {
    const a = three.rows.find((r) => item.test(r.name));
    const b = basic.rows.find((r) => (r.code ? r.code === code : name.test(r.name)) && name.test(r.name));
    if (a && b && (b.values.total || b.values.public_use))
      ties.push(tie(a.name, [three, a, 'total'], [basic, b, basicKey(b)], { relation: 'at-most' }));
  }
  return ties;
}

/** The ties between the standard tables that hold whatever the template (documented in the rule doc). */
export function tiesOf(doc: BudgetDocument): Tie[] {
  return [...summaryTies(doc), ...fiscalTies(doc), ...expenditureTies(doc), ...threePublicTies(doc)];
}

function report(context: RuleContext, t: Tie) {
  if (t.a.value === undefined && t.b.value === undefined) return;
  const compare = (reference: Amount | undefined) =>
    compareAcrossUnits({ amount: t.b.value, unit: t.b.table.unit }, { amount: reference, unit: t.a.table.unit });
  // The printed figure, or else an alternative reading of the same money (within rounding, for a
  // figure worked out from two printed ones).
  const readings = [t.a.value, ...(t.alternatives ?? []).filter((alt) => alt !== undefined)].map(compare);
  if (readings.some((r) => r.equal)) return;
  const cmp = readings.find((r) => r.rounding) ?? (readings[0] as ReturnType<typeof compare>);
  const over = !cmp.difference.startsWith('-');
  if (t.relation === 'at-most' && (!over || cmp.rounding)) return;
  const messageId = t.relation === 'at-most' ? 'exceeds' : cmp.rounding ? 'rounding' : 'mismatch';
  context.report({
    messageId,
    severity: messageId === 'rounding' ? 'info' : undefined,
    data: {
      a: tableName(t.a.table),
      aRow: rowName(t.a.row),
      aColumn: columnLabel(t.a.table, t.a.key, t.a.row.side),
      aUnit: t.a.table.unit,
      b: tableName(t.b.table),
      bRow: rowName(t.b.row),
      bColumn: columnLabel(t.b.table, t.b.key, t.b.row.side),
      bUnit: t.b.table.unit,
      printed: t.b.value?.raw ?? '0',
      reference: t.a.value?.raw ?? '0',
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
      zh: '同一口径的数字在不同表中一致：收支总表本年支出合计 = 支出总表合计（及各类；两表列出的类、款、项名称逐行相同时，每一行都比较，编码表中没有的项也比较）；收支总表收入总计 = 收入总表合计，收支总表各项收入 = 收入总表各收入来源；收支总表与财政拨款收支总表的一般公共预算、政府性基金、国有资本经营预算拨款一致；财政拨款收支总表各资金的本年支出（及各类）= 一般公共预算支出表、政府性基金预算支出表、国有资本经营预算支出表合计（有上年结转时也接受扣除该资金上年结转后的数，此时各类仅在合计口径一致时比较）；一般公共预算支出表基本支出（人员经费、公用经费）= 基本支出表合计，其项目支出 = 按经济分类的一般公共预算项目支出表合计，其合计（基本支出、项目支出）= 一般公共预算支出经济分类表的合计（及同名列）；项目支出表合计 = 支出总表项目支出，项目支出表一般公共预算 = 一般公共预算支出表项目支出；基本支出表中的因公出国（境）费用、公务接待费、公务用车运行维护费不超过“三公”经费表的对应数。不同单位（元、万元）换算后比较。',
      en: "Figures that measure the same money agree across tables: summary expenditure = expenditure table total (and per 类; when both list the same 类, 款 and 项 name for name, every row, including 项 the code list lacks); summary income = income table total and each source = its income-table column; the summary and the fiscal appropriation summary agree on each fund; the fiscal summary's spending of each fund (and per 类) = the general budget, government fund and state capital tables (with a carry-over, a fund table may leave it out, and the 类 are compared only when the totals show the same scope); general-budget basic expenditure (personnel, public use) = basic table total, its project expenditure = the total of the general-budget project table by economic classification, and its total (basic, project) = the general-budget economic classification table's; project table total = project expenditure, and its general-budget money = the general budget table's project column; the basic table's travel abroad, reception and vehicle running costs do not exceed the \"three public\" table's. Tables in 元 and 万元 are compared after conversion.",
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
      exceeds: {
        zh: '{b}“{bRow}”为 {printed} {bUnit}，超过{a}“{aRow}”的 {reference} {aUnit}（后者还包括项目支出，不应更小）',
        en: '{b} "{bRow}" is {printed} {bUnit}, more than {a} "{aRow}", {reference} {aUnit} (which also includes project spending)',
      },
    },
  },
  check(context) {
    for (const t of tiesOf(context.doc)) report(context, t);
  },
};
