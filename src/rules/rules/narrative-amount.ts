import { atScale, convertUnit } from '../../model/amount.js';
import { tablesElsewhere } from '../../model/document-set.js';
import { compact, normalizeName, ORGANISATION_END } from '../../model/names.js';
import type { Amount, BudgetDocument, MoneyUnit, NarrativeSection, Row, Table, TableKind } from '../../model/types.js';
import { type AmountClaim, readClaims, speaksOfAnotherYear } from '../../narrative/claims.js';
import {
  ANOTHER_YEAR_WORDS,
  BOTH_LABEL,
  INCOME_SOURCE,
  ONE_PART_HEADING,
  SECTION_TOPICS,
  type SectionTopic,
  THIS_YEAR_INCOME,
  THREE_PUBLIC_LEAD,
  THREE_PUBLIC_WHOLE,
  WHOLE_BUDGET_HEADING,
  WHOLE_LABEL,
  WHOLE_OWNER,
} from '../../recognize/narrative-vocabulary.js';
import {
  summaryLineKey,
  THREE_PUBLIC,
  THREE_PUBLIC_ITEM,
  type ThreePublicItem,
  threePublicItemOf,
} from '../../recognize/vocabulary.js';
import { compareAcrossUnits, roundedScaled } from '../arithmetic.js';
import { claimCell } from '../claim-cell.js';
import { outturnTargets } from '../outturn-targets.js';
import { columnLabel, rowName, tableName } from '../table-helpers.js';
import type { Rule } from '../types.js';
import { reportUnverified, type Unverified } from '../unverified.js';
import { zeroFundContradictions } from './zero-fund.js';

/** Where a narrative amount is printed in the tables: a table, a row and a column. */
interface Target {
  table: Table;
  row: Row;
  key: string;
  /** Rows of other scopes the text may mean as well (all funds or one fund): agreeing with one is enough. */
  also?: Target[];
}

const table = (doc: BudgetDocument, kind: TableKind) => doc.tables.find((t) => t.kind === kind && t.rows.length > 0);
const total = (t: Table | undefined) => t?.rows.find((r) => r.isTotal && r.side === undefined);
const rowNamed = (t: Table | undefined, re: RegExp) => t?.rows.find((r) => !r.isTotal && re.test(r.name));

/** A cell of a table that prints the column: a table without it (人员经费 of a 基本支出表 by economic class) cannot say. */
function at(t: Table | undefined, row: Row | undefined, key: string): Target | null {
  return t && row && t.columns.some((c) => c.key === key) ? { table: t, row, key } : null;
}

/** The section's subject decides which table a bare "基本支出" or "人员经费" means. */
function topic(section: NarrativeSection): SectionTopic | 'other' {
  const h = section.heading;
  // The 支出预算 heading is matched with its spaces removed ("2026 年支出预算").
  return SECTION_TOPICS.find(([kind, re]) => re.test(kind === 'spending' ? h.replace(/\s/g, '') : h))?.[0] ?? 'other';
}

/**
 * Does the text before 收入预算 / 支出预算 name the whole budget (nothing, the department, 本部门,
 * 全年), not an item of it? "因公出国（境）费预算支出 0 万元" is the item's budget, not 支出总计.
 */
function namesTheWhole(prefix: string, doc: BudgetDocument): boolean {
  if (prefix === '' || WHOLE_OWNER.test(prefix)) return true;
  if (doc.department && normalizeName(doc.department) === prefix) return true;
  return ORGANISATION_END.test(prefix);
}

/**
 * A paragraph on one kind of spending ("（二）项目支出：…其中：一般公共服务支出 3.00 万元。公共安全支出
 * 40230.95 万元", 长沙) states its 类 in that column of the 一般公共预算支出表.
 */
function spendingColumn(claim: AmountClaim): 'basic' | 'project' | null {
  const paragraph = claim.section.text.split('\n').find((l) => l.includes(claim.sentence)) ?? claim.sentence;
  const basic = /基本支出/.test(paragraph);
  const project = /项目支出/.test(paragraph);
  if (basic === project) return null;
  return basic ? 'basic' : 'project';
}

/** Totals a narrative names in any section: 收入预算 / 支出预算 / 财政拨款收支总预算. */
function totalTarget(doc: BudgetDocument, label: string, section: NarrativeSection): Target | null {
  const side = (t: Table | undefined, s: 'income' | 'expenditure', re: RegExp) =>
    at(
      t,
      t?.rows.find((r) => r.side === s && re.test(r.name)),
      'total',
    );
  const summary = table(doc, 'income_expenditure_summary');
  // "一般公共预算收入 669.02" is one source, not the whole.
  if (/一般公共|基金|国有资本|财政专户|单位资金|事业|经营|上级|附属|其他|本年|上年/.test(label)) return null;
  // Labels lose a trailing 预算 when cleaned: "2024 年收入预算 X" reads as 收入 in the 收入预算 section.
  const heading = section.heading.replace(/\s/g, '');
  const whole = WHOLE_LABEL.exec(label);
  const named = whole && namesTheWhole(whole[1] as string, doc) ? (whole[2] as string) : null;
  if ((named && /收入/.test(named)) || (label === '收入' && /收入预算/.test(heading))) {
    return side(summary, 'income', /^收入总计$/);
  }
  if ((named && /支出/.test(named)) || (label === '支出' && /支出预算/.test(heading))) {
    return side(summary, 'expenditure', /^支出总计$/);
  }
  if (/财政拨款收支总(?:预算|计)?$/.test(label)) return side(table(doc, 'fiscal_appropriation_summary'), 'income', /^收入总计$/);
  // "杭州市公安局2026年收支总预算 404,415.23 万元", "收支总计 0.3 万元": the budget's 总计, either side.
  const both = BOTH_LABEL.exec(label);
  if (both && namesTheWhole(both[1] as string, doc)) return side(summary, 'income', /^收入总计$/);
  return null;
}

/** The fund tables whose function rows a classification path may name, then the all-funds ones. */
const FUND_TABLES: TableKind[] = ['general_budget_expenditure', 'gov_fund_expenditure', 'state_capital'];
const ALL_FUNDS_TABLES: TableKind[] = ['fiscal_appropriation_summary', 'expenditure_summary'];

/** The row a classification path names in one table: the 项 (or 款) of that name under a 款 (or 类) the path names. */
function pathRow(t: Table, upper: string, own: string | null): Row | null {
  const parents: Array<string | undefined> = [];
  for (const row of t.rows) {
    if (row.level === null || row.isTotal) continue;
    parents[row.level] = normalizeName(row.name);
    const [cls, kuan] = [parents[1], parents[2]];
    const hit = own
      ? row.level === 3 && parents[3] === own && kuan !== undefined && upper.endsWith(kuan)
      : row.level === 2 && kuan !== undefined && upper.endsWith(kuan) && (cls === undefined || upper.startsWith(cls));
    if (hit) return row;
  }
  return null;
}

/**
 * “社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）” 738.66 万元 names a function row by
 * its path: the row in the one fund table that has it, checked also against the all-funds tables
 * (a narrative may speak of either scope). The 类 marker is gone from the cleaned label, so the 类
 * name is a prefix.
 */
function functionPathTarget(doc: BudgetDocument, label: string): Target | null {
  const path = /^(.+?)\(款\)(?:(.+?)\(项\))?$/.exec(label);
  if (!path) return null;
  const upper = normalizeName(path[1] as string);
  const own = path[2] ? normalizeName(path[2]) : null;
  const rowsIn = (kinds: TableKind[]) =>
    kinds.flatMap((kind) => {
      const t = table(doc, kind);
      const row = t ? pathRow(t, upper, own) : null;
      return t && row ? [{ table: t, row, key: 'total' }] : [];
    });
  const funds = rowsIn(FUND_TABLES);
  if (funds.length !== 1) return null;
  return { ...(funds[0] as Target), also: rowsIn(ALL_FUNDS_TABLES) };
}

/** The row of a 三公 table that prints an item, however either names it (公务用车运行费 / 运行维护费, 公务接待费支出). */
function threePublicRow(t: Table | undefined, item: ThreePublicItem): Row | undefined {
  if (item === 'total') return total(t) ?? t?.rows.find((r) => r.side === undefined && threePublicItemOf(r.name) === 'total');
  const loose = THREE_PUBLIC[item];
  return t?.rows.find((r) => !r.isTotal && threePublicItemOf(r.name) === item) ?? rowNamed(t, loose);
}

/**
 * A 三公 item as the narrative names it: "（单位）一般公共预算拨款安排的会议费预算支出" is the 会议费
 * row, "公务用车购置预算支出" the 购置费 row, 公务用车运行维护费 the row printed 公务用车运行费.
 */
function threePublicTarget(doc: BudgetDocument, t: Table | undefined, stated: string): Target | null {
  const label = stated.replace(/^.*的/, '').replace(/(?:预算|支出)+$/, '');
  const whole = THREE_PUBLIC_WHOLE.exec(label);
  if (
    /^(?:财政拨款)?“?三公”?经费(?:财政拨款)?(?:预算数?)?$|^(?:财政拨款)?三公经费/.test(label) ||
    (whole && namesTheWhole(whole[1] as string, doc))
  )
    return at(t, threePublicRow(t, 'total'), 'total');
  if (/因公出国/.test(label)) return at(t, threePublicRow(t, 'travel'), 'total');
  const item = threePublicItemOf(label);
  if (item && item !== 'total') return at(t, threePublicRow(t, item), 'total');
  // Other items the table prints beside the three (会议费, 培训费).
  return at(t, label === '' ? undefined : t?.rows.find((r) => !r.isTotal && r.name === label), 'total');
}

/**
 * A 三公 item heading the figure's numbered paragraph (北京: “（一）因公出国（境）费用。2026 年预算数 127.74 万元”)
 * or its section (泉州: “（二）公务接待费” over “2026 年预算安排 16.32 万元，比上年减少…”): the figure the text
 * states with no name of its own, of the document's year, is that item's. A final account's unnamed figure may
 * be the budget or the outturn, so it is left to the sentence's own words.
 */
function headingItem(doc: BudgetDocument, claim: AmountClaim): string | null {
  if (claim.label !== '' || claim.enclosedBy || doc.phase === 'final_account') return null;
  const paragraph = claim.paragraphHeading;
  const section = normalizeName(claim.section.heading);
  const heading =
    paragraph && threePublicItemOf(paragraph)
      ? paragraph
      : THREE_PUBLIC_ITEM.test(section) && !/三公/.test(section)
        ? section
        : null;
  if (!heading) return null;
  const before = claim.before ?? claim.sentence;
  const years = [...before.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  if (/上年|比|较|增|减|下降|上升|其中/.test(before) || years.some((y) => y !== doc.year)) return null;
  return heading;
}

export function targetOf(doc: BudgetDocument, claim: AmountClaim): Target | null {
  const label = claim.label;
  const byPath = functionPathTarget(doc, label);
  if (byPath) return byPath;
  const kind = topic(claim.section);
  const whole = totalTarget(doc, label, claim.section);
  if (whole) return whole;
  const item = headingItem(doc, claim);
  if (item) return threePublicTarget(doc, table(doc, 'three_public'), item);
  if (kind === 'three_public' || THREE_PUBLIC_LEAD.test(claim.sentence))
    return threePublicTarget(doc, table(doc, 'three_public'), label);
  if (kind === 'spending') {
    const t = table(doc, 'expenditure_summary');
    if (label === '基本支出') return at(t, total(t), 'basic');
    if (label === '项目支出') return at(t, total(t), 'project');
  }
  if (kind === 'general' || kind === 'basic') {
    const t = table(doc, 'general_budget_expenditure');
    const b = table(doc, 'general_budget_basic_expenditure');
    if (label === '基本支出' && kind === 'general') return at(t, total(t), 'basic');
    if (label === '项目支出' && kind === 'general') return at(t, total(t), 'project');
    if (/^人员经费$/.test(label)) return at(b, total(b), 'personnel') ?? at(t, total(t), 'personnel');
    if (/^(?:日常)?公用经费$/.test(label)) return at(b, total(b), 'public_use') ?? at(t, total(t), 'public_use');
    if (kind === 'general') {
      const name = normalizeName(label);
      const row = t?.rows.find((r) => r.level === 1 && normalizeName(r.name) === name);
      const column = spendingColumn(claim);
      const whole = at(t, row, 'total');
      if (whole && column) return { ...whole, key: column, also: [whole] };
      if (whole) return whole;
    }
  }
  if (kind === 'fiscal') {
    const t = table(doc, 'fiscal_appropriation_summary');
    const row = t?.rows.find((r) => r.side === 'expenditure' && r.level === 1 && r.name === normalizeName(label));
    if (row) return at(t, row, 'total');
  }
  const line = summaryLineTarget(doc, claim);
  if (line) return line;
  if (kind === 'agency' && /机关运行经费/.test(label)) {
    const t = table(doc, 'agency_operating');
    return at(t, total(t), 'total');
  }
  return null;
}

/** Does the summary print money carried over from last year (上年结转结余 other than 0)? */
function carriesOver(doc: BudgetDocument): boolean {
  return doc.tables.some(
    (t) =>
      (t.kind === 'income_expenditure_summary' || t.kind === 'income_summary') &&
      t.rows.some((r) =>
        Object.entries(r.values).some(
          ([key, v]) =>
            v.scaled !== 0n && (/^carryover/.test(key) || (key === 'total' && /结转/.test(r.name) && r.side !== 'expenditure')),
        ),
      ),
  );
}

/** The section a numbered sub-section is under: the last one before it numbered as its parent. */
function parentOf(doc: BudgetDocument, section: NarrativeSection): NarrativeSection | undefined {
  const at = doc.narrative.indexOf(section);
  if (section.parent === undefined || at < 0) return undefined;
  return [...doc.narrative.slice(0, at)].reverse().find((s) => s.number === section.parent);
}

/** One figure of a section, whichever reading of the section gave it. */
const claimKey = (c: AmountClaim) => `${c.sentence}\u0000${c.amount.raw}\u0000${c.label}`;
const thisYearBySection = new WeakMap<NarrativeSection, Set<string>>();

/**
 * The figures of a section stated as this year's income: labelled 本年…收入, or a source listed after such
 * a whole (北京: “（一）本年财政拨款收入 515,256.66 万元 1.一般公共预算拨款收入 19,756.66 万元…”; 苏州: “1．本年收入合计
 * … （1）一般公共预算拨款收入 …”) up to a figure of another year's money (上年结转结余) or of no income source.
 */
function thisYearIncome(section: NarrativeSection): Set<string> {
  const known = thisYearBySection.get(section);
  if (known) return known;
  const found = new Set<string>();
  // A numbered paragraph headed by the whole (北京: （一）本年财政拨款收入 515,256.66 万元) lists its parts.
  let listing = THIS_YEAR_INCOME.test(compact(section.heading));
  for (const claim of readClaims([section]).amounts) {
    const label = compact(claim.label);
    if (THIS_YEAR_INCOME.test(label)) listing = true;
    else if (ANOTHER_YEAR_WORDS.test(label) || !INCOME_SOURCE.test(label)) listing = false;
    if (listing) found.add(claimKey(claim));
  }
  thisYearBySection.set(section, found);
  return found;
}

/**
 * “（一）收入预算：…其中：一般公共预算拨款 192,446.79 万元，事业收入资金 18,308.57 万元”, “（二）支出预算：…包括
 * 一般公共服务支出 190.62 万元” (重庆, under 部门收支总体情况): an income source or a 类 of the whole budget is its
 * line of the summary tables, whichever words either uses (summaryLineKey). A figure of a paragraph on
 * 基本支出 or 项目支出 alone is a part of the line, and a line found on both sides (其他收入 / 其他支出)
 * agrees with either.
 */
function summaryLineTarget(doc: BudgetDocument, claim: AmountClaim): Target | null {
  const onWhole = (section: NarrativeSection | undefined) =>
    section !== undefined &&
    WHOLE_BUDGET_HEADING.test(compact(section.heading)) &&
    !ONE_PART_HEADING.test(compact(section.heading));
  // This year's income as a paragraph of the section on the whole budget (北京: 二、收入预算情况说明 › （一）本年财政拨款收入).
  const listsThisYear = THIS_YEAR_INCOME.test(compact(claim.section.heading)) && onWhole(parentOf(doc, claim.section));
  if (!(onWhole(claim.section) || listsThisYear) || spendingColumn(claim) !== null) return null;
  if (speaksOfAnotherYear(claim.before ?? '', doc.year)) return null;
  const key = summaryLineKey(claim.label);
  // "苏州市交通运输局收入" is the whole of a unit, not a line; a budget carrying funds over may state a fund's
  // income with its carry-over (北京: 一般公共预算收入 19,828.57 = 19,756.66 + 71.92 结转), unless the text says
  // it is this year's.
  if (key.length < 2 || ORGANISATION_END.test(key)) return null;
  if (carriesOver(doc) && !thisYearIncome(claim.section).has(claimKey(claim))) return null;
  const side = /收入/.test(claim.label) ? 'income' : /支出/.test(claim.label) ? 'expenditure' : null;
  const kinds: TableKind[] = ['income_expenditure_summary', 'income_summary', 'expenditure_summary'];
  const found = kinds.flatMap((kind) => {
    const t = table(doc, kind);
    const rows = (t?.rows ?? []).filter(
      (r) =>
        !r.isTotal &&
        (r.level === null || r.level === 1) &&
        (side === null || r.side === undefined || r.side === side) &&
        !ORGANISATION_END.test(normalizeName(r.name)) &&
        summaryLineKey(normalizeName(r.name)) === key,
    );
    return rows.flatMap((r) => at(t, r, 'total') ?? []);
  });
  const [first, ...others] = found;
  return first ? { ...first, also: others } : null;
}

/**
 * Final accounts state the budget beside the outturn ("年初预算为 2.85 万元，支出决算为 0.39 万元"):
 * a figure named as the budget is checked against the table's budget column.
 */
function measureOf(doc: BudgetDocument, label: string, target: Target): string {
  if (doc.phase !== 'final_account' || target.key !== 'total') return target.key;
  const has = (key: string) => target.table.columns.some((c) => c.key === key);
  if (/(?:全年|调整)预算/.test(label) && has('adjusted_budget')) return 'adjusted_budget';
  if (/年初(?:预算)?$|预算(?:数)?$/.test(label) && has('budget')) return 'budget';
  return target.key;
}

/** Amounts the narrative states agree with the tables that print them. */
export const narrativeAmount: Rule = {
  meta: {
    id: 'narrative-amount',
    title: { zh: '说明与表格金额一致', en: 'Narrative amounts match the tables' },
    description: {
      zh: '情况说明中的金额（收入预算、支出预算、收支总计（收支总预算）与收支总表的总计，“三公”经费及其各项、基本支出、项目支出、人员经费、公用经费、各类支出、机关运行经费）应与对应表格中的数字一致；“三公”各项写在其他标题下以“（二）“三公”经费预算：”开头的段落中，或各项自成小标题（“（二）公务接待费”下“2026年预算安排X万元”），或各项为编号段落的标题（“（一）因公出国（境）费用。2026年预算数X万元”，北京；决算不在此列，未写名称的数字可能是预算也可能是决算）时，未写名称的本年金额按该项目与“三公”经费表核对；同一项目在表中与说明中名称不同（公务用车运行费/公务用车运行维护费，公务接待费支出/公务接待费，公务用车购置和运行维护费/公务用车购置及运行维护费，决算的公务接待费支出决算/公务接待费，单列一行的““三公”经费”，“本部门财政拨款安排“三公”经费”）仍按该项目核对；表中空白的单元格为 0，与之不同的金额不是四舍五入误差；说明以整数万元写、表格写到分时，只有表中数字四舍五入或舍去能得到的整数才是四舍五入误差（表中 5.00、说明称 6 为错误）；说明整体收支的章节（部门收支总体情况）所列各收入来源和各类支出，与收支总表、收入总表、支出总表的同名行核对，名称可多可少“收入”“资金”“拨款”“支出”“科目”（一般公共预算拨款/一般公共预算资金）；有上年结转结余时，某一资金的收入可能含其结转，不核对，除非说明写明是本年收入（“本年一般公共预算收入”，或“（一）本年财政拨款收入”“本年收入合计”之下所列各项，至“上年结转结余”为止）；“本年其他资金收入”是财政拨款以外各项之和，只与名为“其他资金”的行核对，不与“其他收入”行核对；表格为元时按说明的小数位换算为万元比较。决算说明逐项写“X（类）Y（款）Z（项）。……年初预算为 A 万元，支出决算为 B 万元”时，A、B 与该段所属资金（标题所称一般公共预算、政府性基金或国有资本经营）决算表中该类/款/项那一行的年初预算数（调整预算数）和决算数核对；“一般公共预算财政拨款支出年初预算为……”与该表合计行核对。表中没有这一行（名称不同）或没有年初预算数列时无法核对，不与其他行的数字比较。说明中的其他金额若在任何表格中都找不到，则无法核实：每个说明章节列为一条提示（info）；表格给出为 0 的资金（政府性基金、国有资本经营）却称有金额的，由 zero-fund 报告为错误。',
      en: "Amounts stated in the narrative (the budget's income, expenditure and 收支总计 / 收支总预算 against the summary's 总计, \"three public\" items, basic and project expenditure, personnel and public-use costs, each 类, agency operating costs) equal the figures in the tables that print them (a table in 元 is compared in 万元 at the precision of the narrative). 三公 items stated in a paragraph opening “（二）“三公”经费预算：” under another heading, or each under a heading of its own (“（二）公务接待费” over “2026年预算安排X万元”) or a numbered paragraph whose title names it (北京: “（一）因公出国（境）费用。2026年预算数X万元”; not in a final account, where an unnamed figure may be the budget or the outturn), are checked against the 三公 table too: the year's figure stated with no name of its own is that item's. An item the table and the text name differently (公务用车运行费 / 公务用车运行维护费, 公务接待费支出 / 公务接待费, 公务用车购置和运行维护费 / 公务用车购置及运行维护费, a final account's 公务接待费支出决算 / 公务接待费, a “三公”经费 row of its own, 本部门财政拨款安排“三公”经费) is still that item; a cell the table leaves empty is 0, and another figure is not within rounding of it; a figure printed more coarsely than its cell is a rounding note only when it lies within one of its own units of the cell (6 of 5.40, not 6 of 5.00). A section on the whole budget (部门收支总体情况) that lists income sources or 类 checks each against its line of the summary, income or spending table, with or without 收入, 资金, 拨款, 支出 or 科目 in either name (一般公共预算拨款 / 一般公共预算资金); when the summary carries funds over, a fund's income may include them and is not checked, unless the text says it is this year's (本年一般公共预算收入, or the sources listed under （一）本年财政拨款收入 or 本年收入合计, up to 上年结转结余); 本年其他资金收入 is the sum of the sources other than 财政拨款: only a line named 其他资金 prints it, never the 其他收入 line. A final account's paragraph \"X（类）Y（款）Z（项）。…年初预算为 A 万元，支出决算为 B 万元\" is checked against that row of its fund's 决算表 (the fund its heading names): A against the 年初预算数 (调整预算数) column, B against the 决算数; \"一般公共预算财政拨款支出年初预算为…\" against the table's 合计. A row the table does not print (another name) or a table without a budget column leaves the figure unverifiable; it is never compared with another row's figure. Any other amount the narrative states that no table prints is unverifiable: one note (info) per narrative section lists them; a non-zero amount of a fund the tables give as 0 (政府性基金, 国有资本经营) is an error of zero-fund instead.",
    },
    severity: 'error',
    tags: ['narrative', 'cross-table'],
    messages: {
      mismatch: {
        zh: '情况说明“{heading}”称{label} {actual} 万元，{table}“{row}”的{column}为 {expected} 万元',
        en: 'Narrative "{heading}" states {label} {actual} 万元; {table} "{row}" {column} is {expected} 万元',
      },
      unverified: {
        zh: '情况说明“{heading}”中有 {count} 个金额在表格中没有可以核对的数字：{items}',
        en: 'Narrative "{heading}" states {count} amount(s) that no table prints a figure to check against: {items}',
      },
      rounding: {
        zh: '情况说明“{heading}”称{label} {actual} 万元，与{table}相差 {difference}，属四舍五入误差',
        en: 'Narrative "{heading}" states {label} {actual} 万元, {difference} from {table}, within rounding',
      },
    },
  },
  check(context) {
    const amounts = readClaims(context.doc.narrative).amounts;
    // A final account's "年初预算为 X 万元，支出决算为 Y 万元" restates the 决算表 row of its paragraph's item.
    const outturns = outturnTargets(context.doc, amounts);
    const claims = amounts.map((claim) => {
      const outturn = outturns.get(claim);
      if (outturn)
        return { claim: { ...claim, label: outturn.label }, original: claim, found: outturn as Target, measured: true };
      // A figure named by its heading is reported with the heading's name ("（二）公务接待费。2026 年预算数 …").
      const heading = headingItem(context.doc, claim);
      const named = heading ? { ...claim, label: heading } : claim;
      return { claim: named, original: claim, found: targetOf(context.doc, claim), measured: false };
    });
    const scales = [...new Set(claims.filter((c) => !c.found).map((c) => c.claim.amount.scale))];
    const printed = printedFigures(context.doc, scales);
    const elsewhere = tablesElsewhere(context.doc);
    const unverified: Unverified[] = [];
    // An amount of a fund the tables give as 0 is zero-fund's error, not an unverifiable figure.
    const contradicted = new Set(zeroFundContradictions(context.doc).map((z) => z.claim));
    for (const { claim, original, found, measured } of claims) {
      if (!found) {
        // A zero states that something is absent; only a table row named for it could contradict that.
        // Without tables (they are another file) nothing is verifiable: required-tables says so once.
        const scale = claim.amount.scale;
        if (claim.amount.scaled === 0n || printed.get(scale)?.has(wanAt(claim.amount, '万元', scale))) continue;
        if (elsewhere || contradicted.has(claim)) continue;
        unverified.push({ section: claim.section, item: `${claim.label || '（无名称）'} ${claim.amount.raw} 万元` });
        continue;
      }
      const target = measured ? found : { ...found, key: measureOf(context.doc, claim.label, found) };
      const value: Amount | undefined = target.row.values[target.key];
      // The narrative states 万元; a table in 元 is compared at the narrative's precision.
      const cmp = compareAcrossUnits({ amount: claim.amount, unit: '万元' }, { amount: value, unit: target.table.unit });
      const elsewhereTarget = (found.also ?? []).find(
        (t) =>
          compareAcrossUnits({ amount: claim.amount, unit: '万元' }, { amount: t.row.values[t.key], unit: t.table.unit }).equal,
      );
      const agrees = cmp.equal || elsewhereTarget !== undefined;
      // The cell that agreed is the one to show; otherwise the one the finding names.
      const shown = cmp.equal || !elsewhereTarget ? target : elsewhereTarget;
      context.checked?.({
        source: claim.section.source,
        heading: claim.section.heading,
        label: claim.label,
        stated: claim.amount.raw,
        ...claimCell(shown.table, shown.row, shown.key),
        agrees,
      });
      if (agrees) continue;
      // A cell the table leaves empty is an exact 0, not a figure rounded away: "公务用车购置费 1 万元" against
      // 重庆's empty 公务用车购置费 is a mismatch, not one unit of rounding.
      const rounding =
        cmp.rounding && value !== undefined && roundingCanGive(claim.amount, convertUnit(value, target.table.unit, '万元'));
      context.report({
        messageId: rounding ? 'rounding' : 'mismatch',
        severity: rounding ? 'info' : undefined,
        data: {
          heading: claim.section.heading,
          label: claim.label,
          table: tableName(target.table),
          row: rowName(target.row),
          column: columnLabel(target.table, target.key, target.row.side),
          expected: cmp.expected,
          actual: claim.amount.raw,
          difference: cmp.difference,
        },
        table: target.table,
        row: target.row,
        column: target.key,
        expected: cmp.expected,
        actual: claim.amount.raw,
        difference: cmp.difference,
        source: claim.section.source,
        about: [original, target.row],
      });
    }
    reportUnverified(context, 'unverified', unverified);
  },
};

/**
 * Can rounding one figure give the other? Printed at one precision, both may round a finer figure
 * differently (190.625 → 190.62 / 190.63). Printed at two, the finer one is the figure: the coarser must
 * lie within one of its units of it (5 of 5.40 or 6 of 5.40, never 6 of 5.00: 烟台's 公务接待费 5 万元 stated
 * 6 is a mismatch, not rounding).
 */
function roundingCanGive(stated: Amount, cell: Amount): boolean {
  if (stated.scale === cell.scale) return true;
  const finest = Math.max(stated.scale, cell.scale);
  const diff = atScale(stated, finest) - atScale(cell, finest);
  const unit = 10n ** BigInt(finest - Math.min(stated.scale, cell.scale));
  return (diff < 0n ? -diff : diff) < unit;
}

/** A figure as 万元 at `scale` decimals: the narrative rounds a table's figure to the precision it prints. */
const wanAt = (amount: Amount, unit: MoneyUnit, scale: number) => roundedScaled(convertUnit(amount, unit, '万元'), scale);

/**
 * Every figure the tables print, in 万元 at each precision the narrative's unnamed amounts are
 * printed in: a narrative amount found among them has a source, if not a named one.
 */
function printedFigures(doc: BudgetDocument, scales: number[]): Map<number, Set<bigint>> {
  const figures = new Map(scales.map((scale) => [scale, new Set<bigint>()]));
  for (const t of doc.tables)
    for (const r of t.rows)
      for (const a of Object.values(r.values)) for (const [scale, set] of figures) set.add(wanAt(a, t.unit, scale));
  return figures;
}
