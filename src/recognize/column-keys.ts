import { CURRENT_SOURCE_KEYS, FISCAL_FUND_KEYS, NON_FISCAL_SOURCE_KEYS, UNIT_SOURCE_KEYS } from '../model/column-groups.js';
import { compact } from '../model/names.js';
import type { ColumnReason, Side } from '../model/types.js';

/**
 * Map a header path (top to bottom, as printed) to a stable column key. The key depends on the
 * meaning of the labels, never on the position: 合计 under 基本支出 is `basic`, at the top `total`.
 */
export interface ColumnMeaning {
  key: string;
  type: 'amount' | 'text';
  /** Role of a text column in the row: the row label, its code, or an ordinary text value. */
  role: 'label' | 'code' | 'text' | 'index';
  side?: Side;
  /** Which label decided the key, and how (kept for `extract --explain`). */
  because: ColumnReason;
}

interface LabelRule {
  test: RegExp;
  key: string;
}

/** Text columns: names, codes, units, yes/no, descriptions. */
const TEXT_RULES: Array<LabelRule & { role: ColumnMeaning['role'] }> = [
  // 项目编号 numbers the lines of a 政府采购预算明细表 (A 货物, B 工程, C 服务).
  { test: /^(?:序号|栏次|行次|项目编号)$/, key: 'index', role: 'index' },
  { test: /^(?:(?:功能|经济)?(?:分类)?科目编码|收入科目编码|编码|类|款|项|项目编码)$/, key: 'code', role: 'code' },
  { test: /^政府(?:预算)?支出经济(?:分类)?科目(?:名称)?$/, key: 'gov_economic_name', role: 'text' },
  // The department economic classification names the rows of a 基本支出表; beside a function column it is a text.
  {
    test: /^(?:部门(?:预算)?(?:支出)?经济分类科目(?:名称)?|部门预算支出经济科目(?:名称)?|支出部门经济分类科目)$/,
    key: 'economic_name',
    role: 'label',
  },
  { test: /^部门(?:[(（]单位[)）])?名称$|^单位名称$|^项目单位$/, key: 'unit_name', role: 'text' },
  // A per-unit table's unit code (苏州 部门代码 | 部门名称, 长春 部门（单位）代码); alone it names the rows (北京 收入总表: 015, 015001).
  { test: /^(?:部门|单位)(?:[(（](?:单位|部门)[)）])?(?:代码|编码)$/, key: 'unit_code', role: 'text' },
  { test: /^类型$|^项目类型$/, key: 'project_type', role: 'label' },
  // A project's category printed beside its name (其他运转类, 特定目标类): a text, not a level.
  { test: /^项目类别$/, key: 'project_category', role: 'text' },
  { test: /^一级项目$/, key: 'project_l1', role: 'label' },
  { test: /^二级项目$/, key: 'project_l2', role: 'label' },
  // A catalogue printed one column per level, every level filled on every row (指导性目录 一级 | 二级 | 三级).
  { test: /^一级(?:目录)?$/, key: 'category_l1', role: 'label' },
  { test: /^二级(?:目录)?$/, key: 'category_l2', role: 'label' },
  { test: /^三级(?:目录)?$/, key: 'category_l3', role: 'label' },
  { test: /^委托事项内容$/, key: 'content', role: 'text' },
  { test: /^是否政府购买服务/, key: 'purchase_service', role: 'text' },
  { test: /^是否政府采购/, key: 'gov_procurement', role: 'text' },
  { test: /^特殊情况说明$/, key: 'special_note', role: 'text' },
  { test: /^单位性质$/, key: 'unit_type', role: 'text' },
  { test: /^单位规格$/, key: 'unit_grade', role: 'text' },
  { test: /^经费保障形式$/, key: 'funding_form', role: 'text' },
  { test: /^(?:采购物品名称|政府采购目录序号|计量单位|政府采购项目来源)$/, key: 'procurement_text', role: 'text' },
  // A procurement table by category (A-货物, B-工程, C-服务) names its rows by it.
  { test: /^采购(?:类别|品目)$/, key: 'label', role: 'label' },
  {
    test: /^(?:项目|项目名称|科目名称|(?:部门(?:预算)?(?:支出)?|政府预算支出)?(?:功能|经济)(?:分类)?科目(?:名称)?|(?:部门(?:预算)?)?支出(?:功能|经济)分类科目(?:名称)?|部门[/／]单位[/／]项目名称|部门[(（]单位[)）]|单位|部门)$/,
    key: 'label',
    role: 'label',
  },
];

/**
 * Any other header naming a code (…代码, …编码, …编号): its cells are identifiers printed in digits
 * (105001), a text however much they look like amounts.
 */
const CODE_LABEL = /(?:代码|编码|编号)$/;

const FUND_RULES: LabelRule[] = [
  { test: /^一般公共预算(?:拨款|财政拨款)?(?:收入)?(?:资金)?$|^一般公共预算拨款结转$/, key: 'general_budget' },
  // 北京 prints the funds as 政府性基金预算资金, 国有资本经营预算资金.
  {
    test: /^(?:政府性)?基金预算(?:拨款|财政拨款)?(?:收入)?(?:资金)?$|^政府性基金(?:收入)?$|^政府性基金预算拨款结转$/,
    key: 'gov_fund',
  },
  { test: /^国有资本经营(?:预算)?(?:拨款|财政拨款)?(?:收入)?(?:资金)?$|^国有资本经营预算拨款结转$/, key: 'state_capital' },
  { test: /^财政专户(?:管理)?(?:资金)?(?:事业)?(?:收入|核拨|拨款)?(?:收入)?(?:结转结余)?$/, key: 'fiscal_special_account' },
  { test: /^单位资金(?:收入)?(?:结转结余)?$|^其他资金(?:收入)?$/, key: 'unit_funds' },
];

const AMOUNT_RULES: LabelRule[] = [
  { test: /^基本支出$/, key: 'basic' },
  { test: /^项目支出$/, key: 'project' },
  { test: /^(?:事业单位)?经营支出$/, key: 'business' },
  { test: /^上(?:缴|解)上级支出$/, key: 'remit_superior' },
  { test: /^对附属单位补助支出$/, key: 'subsidy_subordinate' },
  // 人员经费 / 公用经费, printed 人员支出 / 日常公用支出 (浙江) and 人员类 (长沙).
  { test: /^人员(?:经费|支出|类)$/, key: 'personnel' },
  { test: /^(?:日常)?公用(?:经费|支出)$/, key: 'public_use' },
  { test: /^(?:本级)?财政拨款(?:收入)?$/, key: 'fiscal_appropriation' },
  // 重庆 prints the sources as 事业收入资金, 其他收入资金 ….
  { test: /^事业收入(?:资金|[(（]不含[^()（）]{1,12}[)）])?$/, key: 'business_income' },
  { test: /^(?:事业单位)?经营(?:服务)?收入(?:资金)?$/, key: 'operating_income' },
  { test: /^上级补助收入(?:资金)?$/, key: 'superior_subsidy' },
  { test: /^附属单位上缴收入(?:资金)?$/, key: 'subordinate_remit' },
  { test: /^其[他它]收入(?:资金)?$/, key: 'other_income' },
  { test: /^使用非财政拨款结余(?:结转)?$|^用事业基金弥补收支差额$/, key: 'balance_used' },
  { test: /^财政拨款结转(?:和结余)?$/, key: 'carryover_fiscal' },
  { test: /^非财政拨款结转(?:结余)?$/, key: 'carryover_non_fiscal' },
  { test: /^(?:本年预算|本年收入|当年预算(?:安排)?|本年|编制预算)$/, key: 'current_year' },
  { test: /^本年(?:收入|支出)合计$/, key: 'total' },
  { test: /^年末结转和结余$|^年末结转结余$/, key: 'year_end_balance' },
  { test: /^年初预算数?$/, key: 'budget' },
  { test: /^(?:全年|调整(?:后)?)预算数?$/, key: 'adjusted_budget' },
  { test: /^上年结转(?:结余|安排)?$|^年初结转和结余$/, key: 'carryover' },
  { test: /^数量$/, key: 'quantity' },
  { test: /^价值/, key: 'value' },
  { test: /^年度资金总额/, key: 'amount' },
  { test: /^实施期资金总额/, key: 'period_total' },
  { test: /^单价$/, key: 'unit_price' },
  { test: /^政府采购金额/, key: 'procurement_amount' },
  // The income column of a fund's income table (政府性基金收入预算, 国有资本经营预算收入).
  { test: /^(?:政府性基金|国有资本经营)(?:预算)?(?:收入预算|预算收入|收入)$/, key: 'income_budget' },
];

const TOTAL_LABEL = /^(?:合计|总计|小计|预算数?|金额|预算金额|\d{4}年(?:预算数?|合计)?|\d{4}预算数|决算数|资金性质)$/;

/** Groups whose 合计 takes the group's key. */
function groupKey(label: string): string | null {
  for (const rule of AMOUNT_RULES) if (rule.test.test(label)) return rule.key;
  return null;
}

/**
 * Group labels that name a side of a two-sided table: 收入 / 支出 anywhere, and the labels the
 * table itself shows heading a 项目 column (本年收入, 财政拨款支出 …; see `sideGroups`).
 */
function isSideLabel(label: string, sides: ReadonlySet<string>): boolean {
  return /^(?:收入|支出)$/.test(label) || sides.has(label);
}

/** In a header, an income or expenditure group over a 项目 column is a side of the table. */
export function sideGroups(paths: string[][]): Set<string> {
  const sides = new Set<string>();
  for (const printed of paths) {
    const path = printed.map(compact);
    for (let i = 0; i + 1 < path.length; i++) {
      if (/(?:收入|支出)$/.test(path[i] as string) && /^项目(?:名称)?$/.test(path[i + 1] as string)) sides.add(path[i] as string);
    }
  }
  return sides;
}

function sideOf(path: string[], sides: ReadonlySet<string>): Side | undefined {
  for (const label of path) {
    if (!isSideLabel(label, sides)) continue;
    return label.endsWith('收入') ? 'income' : 'expenditure';
  }
  return undefined;
}

function withSide(meaning: ColumnMeaning, side: Side | undefined): ColumnMeaning {
  return side ? { ...meaning, side } : meaning;
}

/**
 * The meanings already worked out, by path and sides: a document asks ~1,000 times for ~250 paths
 * (the same header words table after table, every cell of a 绩效目标 form's first rows), and each
 * miss runs the label through the ~70 patterns above. Bounded so that a hostile file cannot grow it.
 */
const meanings = new Map<string, ColumnMeaning>();
const NO_SIDES: ReadonlySet<string> = new Set();

export function columnMeaning(pathAsPrinted: string[], sides: ReadonlySet<string> = NO_SIDES): ColumnMeaning {
  const id = sides.size === 0 ? JSON.stringify(pathAsPrinted) : JSON.stringify([pathAsPrinted, [...sides]]);
  let meaning = meanings.get(id);
  if (meaning === undefined) {
    meaning = meaningOf(pathAsPrinted, sides);
    if (meanings.size >= 20_000) meanings.clear();
    meanings.set(id, meaning);
  }
  // A copy: callers set a column's type, role and reason on what they are given.
  return { ...meaning, because: { ...meaning.because } };
}

function meaningOf(pathAsPrinted: string[], sides: ReadonlySet<string>): ColumnMeaning {
  // 其中：基本支出 (of which: basic) names the part it introduces.
  const path = pathAsPrinted.map((p) => compact(p).replace(/^其中:/, '')).filter((p) => p !== '');
  const side = sideOf(path, sides);
  const inner = path.filter((p) => !isSideLabel(p, sides));
  const leaf = inner[inner.length - 1] ?? '';
  const amount = (key: string, because: ColumnReason): ColumnMeaning =>
    withSide({ key, type: 'amount', role: 'text', because }, side);
  for (const rule of TEXT_RULES) {
    if (rule.test.test(leaf))
      return withSide({ key: rule.key, type: 'text', role: rule.role, because: { rule: 'label', label: leaf } }, side);
  }
  if (CODE_LABEL.test(leaf))
    return withSide({ key: snakeFallback(leaf), type: 'text', role: 'text', because: { rule: 'label', label: leaf } }, side);
  const carryGroup = inner.slice(0, -1).find((p) => /^上年结转|结转结余$|^财政拨款结转|^非财政拨款结转|^年初结转/.test(p));
  const fund = FUND_RULES.find((r) => r.test.test(leaf));
  if (fund) {
    const isCarry = carryGroup !== undefined || /结转/.test(leaf);
    const because: ColumnReason = carryGroup ? { rule: 'fund', label: leaf, group: carryGroup } : { rule: 'fund', label: leaf };
    return amount(isCarry ? `carryover_${fund.key}` : fund.key, because);
  }
  // 项目支出总数, 基本支出合计: a group's total written with its name.
  const named = leaf.replace(/(?:总数|合计|小计)$/, '');
  const direct = AMOUNT_RULES.find((r) => r.test.test(leaf)) ?? AMOUNT_RULES.find((r) => named !== leaf && r.test.test(named));
  if (direct) return amount(direct.key, { rule: 'amount', label: leaf });
  if (TOTAL_LABEL.test(leaf) || leaf === '') {
    // 合计 takes the key of its nearest meaningful group.
    for (let i = inner.length - 2; i >= 0; i--) {
      const g = groupKey(inner[i] as string);
      if (g) return amount(g, { rule: 'group', label: leaf, group: inner[i] as string });
    }
    return amount('total', { rule: 'total', label: leaf });
  }
  return amount(snakeFallback(leaf), { rule: 'fallback', label: leaf });
}

/** Was this key made from an unknown header label (not from the vocabulary)? */
export function isFallbackKey(key: string): boolean {
  return key.startsWith('col_');
}

/** Unknown amount headers still get a stable key, derived from the label. */
function snakeFallback(label: string): string {
  return `col_${[...label].map((c) => c.codePointAt(0)?.toString(36)).join('')}`.slice(0, 40);
}

type Period = 'current' | 'carry';

/** Income groups and what they can hold: money of one year (本年 / 上年结转) and of one family of funds. */
const GROUP_SCOPE: Record<string, { period?: Period; funds?: readonly string[] }> = {
  current_year: { period: 'current' },
  carryover: { period: 'carry' },
  fiscal_appropriation: { funds: FISCAL_FUND_KEYS },
  unit_funds: { funds: UNIT_SOURCE_KEYS },
  carryover_fiscal: { period: 'carry', funds: FISCAL_FUND_KEYS },
  carryover_non_fiscal: { period: 'carry', funds: NON_FISCAL_SOURCE_KEYS },
};

/**
 * Can this income group hold this column? Only what a label says by itself counts: 其他收入 is
 * this year's money, 国有资本经营预算拨款结转 a fiscal carry-over; a bare 一般公共预算 or 合计 fits
 * anywhere, and groups outside the income vocabulary hold anything.
 */
export function groupHolds(group: string, leaf: string): boolean {
  const scope = GROUP_SCOPE[columnMeaning([group]).key];
  if (!scope) return true;
  const label = compact(leaf);
  const period: Period | null = /结转|结余/.test(label) ? 'carry' : /收入$/.test(label) ? 'current' : null;
  if (scope.period && period && scope.period !== period) return false;
  const fund = columnMeaning([label]).key.replace(/^carryover_/, '');
  const isSource = (CURRENT_SOURCE_KEYS as readonly string[]).includes(fund);
  return !scope.funds || !isSource || scope.funds.includes(fund);
}
