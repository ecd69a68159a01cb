/**
 * The workbooks a department fills (`budgetlens template --profile …`): for each profile, its sheets
 * (one per standard table), their columns as column keys and the way codes are printed. Titles come
 * from the check profile's list of required tables (src/rules/profiles.ts) and column labels from the
 * model's vocabulary (src/model/column-labels.ts): this file only says which, in which order.
 */
import {
  CLASSIFICATION_HEADERS,
  FINAL_ACCOUNT_BALANCE_ROWS,
  FINAL_ACCOUNT_FUND_HEADERS,
  ROW_HEADERS,
  standardColumnLabel,
  THREE_PUBLIC_ITEMS,
  TOTAL_ROWS,
} from '../../model/column-labels.js';
import type { MoneyUnit, Phase, Scope, TableKind } from '../../model/types.js';
import {
  ALL_PROFILES,
  type Profile as CheckProfile,
  NATIONAL_BUDGET_TABLES,
  NATIONAL_FINAL_ACCOUNT_TABLES,
} from '../../rules/profiles.js';
import { REGIONAL_BUDGETS, type RegionalBudget } from '../regional-profiles.js';
import { performancePaths } from '../table-grid.js';

/** One amount column: its key, and the group label above it when the header has two rows. */
export interface AmountColumn {
  key: string;
  group?: string;
  /** The printed label when the standard name of the key is not what the table prints (预算数, 决算数). */
  label?: string;
}

/**
 * How a table's rows are named: by function or economic code, by item, by unit, or two sides (收入 | 支出);
 * `grid`: rows of projects, purchase categories or indicators, laid out as the writer prints the table
 * (grid-sheet.ts), under `lead` then the amount columns, or under `header` (the 绩效目标表's two-row layout).
 */
export type RowLayout = 'function' | 'economic' | 'items' | 'units' | 'two-sided' | 'three-public-columns' | 'grid';

export interface TableLayout {
  /** The kinds this sheet holds: one, or 三公 and 机关运行经费 printed as one table (Shanghai). */
  kinds: TableKind[];
  title: string;
  rows: RowLayout;
  /** Amount columns (for `two-sided`, the expenditure side's; the income side has one, `total`). */
  columns: AmountColumn[];
  /** The group label over the amount columns (支出预算, 一般公共预算支出 …), when printed. */
  group?: string;
  /** Two-sided tables: the labels over each side. */
  sides?: { income: string; expenditure: string };
  /** Income items listed on a two-sided table's left, as column keys (their standard names). */
  incomeItems?: string[];
  /** Two-sided tables: rows between the 本年合计 and the 总计, income | spending (a 决算's 年初 | 年末结转和结余). */
  balanceRows?: ReadonlyArray<readonly [income: string, expenditure: string]>;
  /**
   * The sheet may hold the table by unit instead (a 收入总表 listing each unit's income: seeds 000 and 001,
   * 吉林), one row per unit under 单位名称: filled from such a table, it is printed that way.
   */
  byUnit?: boolean;
  /** The unit of this table when it differs from the profile's (Shanghai prints 三公 in 万元). */
  unit?: MoneyUnit;
  /** `grid` sheets: the labels of the text columns before the amounts (单位名称 | 项目名称). */
  lead?: string[];
  /** `grid` sheets: the whole header, when it is not `lead` then `columns` (the 绩效目标表's). */
  header?: string[][];
}

export interface TemplateProfile {
  id: string;
  name: { zh: string; en: string };
  /** The check profile whose required tables a filled workbook must have. */
  check: CheckProfile;
  phase: Phase;
  scope: Scope;
  unit: MoneyUnit;
  /** `single`: one code column (2010101); `split`: 类 | 款 | 项 (Shanghai). */
  codes: 'single' | 'split';
  /** Titles say 部门 or 单位 before the table name (Shanghai: 2026年部门收入预算总表). */
  titlePrefix: string;
  tables: TableLayout[];
}

/** The template's words, from the model's one home for them (column-labels.ts), by what the template uses them for. */
export const LEAD = {
  item: ROW_HEADERS.item,
  unit: ROW_HEADERS.unit,
  code: CLASSIFICATION_HEADERS.code,
  name: CLASSIFICATION_HEADERS.name,
  split: CLASSIFICATION_HEADERS.split,
  measure: { budget: '预算数', final_account: '决算数' },
  budget: standardColumnLabel('budget') as string,
  total: standardColumnLabel('total') as string,
  ...TOTAL_ROWS,
  /** The cover's title line: 2026年部门预算, 2025年部门决算 (the reader takes year and department from it). */
  document: { budget: '预算', final_account: '决算' },
  scope: { department: '部门', unit: '单位' },
  threePublic: THREE_PUBLIC_ITEMS,
  threePublicGroup: '“三公”经费预算数',
  agencyOperating: '机关运行经费预算数',
} as const;

const cols = (...keys: string[]): AmountColumn[] => keys.map((key) => ({ key }));
const titleOf = (list: Array<[TableKind, string]>, kind: TableKind) => list.find(([k]) => k === kind)?.[1] ?? kind;
const checkProfile = (id: string) => ALL_PROFILES.find((p) => p.id === id) as CheckProfile;

const FISCAL = ['general_budget', 'gov_fund', 'state_capital'];
const SPENDING = ['total', 'basic', 'project'];

/** The national templates' two sides of a 收支总表. */
const NATIONAL_SIDES = { income: '收入', expenditure: '支出' };

/**
 * The national 财政拨款收支总表, the same in the budget and the final account (which adds its carried
 * fiscal appropriations as rows): its funds on each side.
 */
function fiscalSummary(title: string, balanceRows?: TableLayout['balanceRows']): TableLayout {
  return {
    kinds: ['fiscal_appropriation_summary'],
    title,
    rows: 'two-sided',
    sides: NATIONAL_SIDES,
    incomeItems: FISCAL,
    ...(balanceRows ? { balanceRows } : {}),
    columns: cols('total', ...FISCAL),
  };
}

function nationalBudget(): TableLayout[] {
  const t = (kind: TableKind) => titleOf(NATIONAL_BUDGET_TABLES, kind);
  const sides = NATIONAL_SIDES;
  return [
    {
      kinds: ['income_expenditure_summary'],
      title: t('income_expenditure_summary'),
      rows: 'two-sided',
      sides,
      incomeItems: [...FISCAL, 'fiscal_special_account', 'unit_funds'],
      columns: [{ key: 'total', label: LEAD.measure.budget }],
    },
    {
      kinds: ['income_summary'],
      title: t('income_summary'),
      rows: 'function',
      byUnit: true,
      columns: cols('total', ...FISCAL, 'fiscal_special_account', 'unit_funds', 'carryover'),
    },
    {
      kinds: ['expenditure_summary'],
      title: t('expenditure_summary'),
      rows: 'function',
      columns: cols(...SPENDING, 'business', 'remit_superior', 'subsidy_subordinate'),
    },
    fiscalSummary(t('fiscal_appropriation_summary')),
    {
      kinds: ['general_budget_expenditure'],
      title: t('general_budget_expenditure'),
      rows: 'function',
      columns: cols(...SPENDING),
    },
    {
      kinds: ['general_budget_basic_expenditure'],
      title: t('general_budget_basic_expenditure'),
      rows: 'economic',
      columns: cols('total', 'personnel', 'public_use'),
    },
    { kinds: ['three_public'], title: t('three_public'), rows: 'items', columns: [{ key: 'total', label: LEAD.measure.budget }] },
    { kinds: ['gov_fund_expenditure'], title: t('gov_fund_expenditure'), rows: 'function', columns: cols(...SPENDING) },
  ];
}

function nationalFinalAccount(): TableLayout[] {
  const t = (kind: TableKind) => titleOf(NATIONAL_FINAL_ACCOUNT_TABLES, kind);
  const sides = NATIONAL_SIDES;
  const spending = (kind: TableKind): TableLayout => ({
    kinds: [kind],
    title: t(kind),
    rows: 'function',
    columns: cols(...SPENDING),
  });
  // A fund's table of the 决算 shows the year's flow: what was carried in, received, spent and carried on.
  const H = FINAL_ACCOUNT_FUND_HEADERS;
  const fund = (kind: TableKind): TableLayout => ({
    ...spending(kind),
    columns: [
      { key: 'carryover', label: H.carryover },
      { key: 'current_year', label: H.current_year },
      ...SPENDING.map((key) => ({ key, group: H.spending })),
      { key: 'year_end_balance' },
    ],
  });
  return [
    {
      kinds: ['income_expenditure_summary'],
      title: t('income_expenditure_summary'),
      rows: 'two-sided',
      sides,
      incomeItems: ['fiscal_appropriation', 'business_income', 'operating_income', 'subordinate_remit', 'other_income'],
      balanceRows: FINAL_ACCOUNT_BALANCE_ROWS.summary,
      columns: [{ key: 'total', label: LEAD.measure.final_account }],
    },
    {
      kinds: ['income_summary'],
      title: t('income_summary'),
      rows: 'function',
      byUnit: true,
      columns: cols(
        'total',
        'fiscal_appropriation',
        'superior_subsidy',
        'business_income',
        'operating_income',
        'subordinate_remit',
        'other_income',
      ),
    },
    {
      kinds: ['expenditure_summary'],
      title: t('expenditure_summary'),
      rows: 'function',
      columns: cols(...SPENDING, 'remit_superior', 'business', 'subsidy_subordinate'),
    },
    fiscalSummary(t('fiscal_appropriation_summary'), FINAL_ACCOUNT_BALANCE_ROWS.fiscal),
    spending('general_budget_expenditure'),
    {
      kinds: ['general_budget_basic_expenditure'],
      title: t('general_budget_basic_expenditure'),
      rows: 'economic',
      columns: cols('total', 'personnel', 'public_use'),
    },
    {
      kinds: ['three_public'],
      title: t('three_public'),
      rows: 'items',
      columns: [
        { key: 'budget', label: LEAD.budget },
        { key: 'total', label: LEAD.measure.final_account },
      ],
    },
    fund('gov_fund_expenditure'),
    fund('state_capital'),
  ];
}

/** Shanghai's own workbook (shanghai-department-budget-template.xlsx): its tables, groups and split codes. */
function shanghai(): TableLayout[] {
  const titles = checkProfile('shanghai-budget').required;
  const t = (kind: TableKind) => titleOf(titles, kind);
  const spending = (kind: TableKind, group: string): TableLayout => ({
    kinds: [kind],
    title: t(kind),
    rows: 'function',
    group,
    columns: cols(...SPENDING),
  });
  return [
    {
      kinds: ['income_expenditure_summary'],
      title: t('income_expenditure_summary'),
      rows: 'two-sided',
      sides: { income: '本年收入', expenditure: '本年支出' },
      incomeItems: ['fiscal_appropriation', ...FISCAL, 'business_income', 'operating_income', 'other_income'],
      columns: [{ key: 'total', label: LEAD.measure.budget }],
    },
    {
      kinds: ['income_summary'],
      title: t('income_summary'),
      rows: 'function',
      byUnit: true,
      group: '收入预算',
      columns: cols('total', 'fiscal_appropriation', 'business_income', 'operating_income', 'other_income'),
    },
    spending('expenditure_summary', '支出预算'),
    {
      kinds: ['fiscal_appropriation_summary'],
      title: t('fiscal_appropriation_summary'),
      rows: 'two-sided',
      sides: { income: '财政拨款收入', expenditure: '财政拨款支出' },
      incomeItems: FISCAL,
      columns: cols('total', ...FISCAL),
    },
    spending('general_budget_expenditure', '一般公共预算支出'),
    spending('gov_fund_expenditure', '政府性基金预算支出'),
    spending('state_capital', '国有资本经营预算支出'),
    {
      kinds: ['general_budget_basic_expenditure'],
      title: t('general_budget_basic_expenditure'),
      rows: 'economic',
      group: '一般公共预算基本支出',
      columns: cols('total', 'personnel', 'public_use'),
    },
    {
      kinds: ['three_public', 'agency_operating'],
      title: t('agency_operating'),
      rows: 'three-public-columns',
      unit: '万元',
      columns: [],
    },
  ];
}

/**
 * The tables whose rows are projects, purchase categories or indicators, which the regions print and
 * the national eight do not: each a `grid` sheet, filled as the writer prints the table. 项目支出 by
 * unit and project, its money by fund as 杭州's 项目支出预算表 and 广州's 项目支出及其他支出预算表 print it;
 * 政府采购 by 采购类别 as 北京's 预算10表 (A-货物 … 金额); 绩效目标 in the two-row layout of table-grid.ts.
 */
const GRID_SHEETS: TableLayout[] = [
  {
    kinds: ['project_expenditure'],
    title: '',
    rows: 'grid',
    lead: [ROW_HEADERS.unit, ROW_HEADERS.project],
    columns: [
      { key: 'total' },
      ...FISCAL.map((key) => ({ key, group: standardColumnLabel('fiscal_appropriation') as string })),
      { key: 'fiscal_special_account' },
      { key: 'unit_funds' },
    ],
  },
  { kinds: ['procurement'], title: '', rows: 'grid', lead: [ROW_HEADERS.purchase], columns: [{ key: 'total', label: '金额' }] },
  { kinds: ['performance_targets'], title: '', rows: 'grid', header: performancePaths(false), columns: [{ key: 'amount' }] },
];

/**
 * A regional budget family's workbook (regional-profiles.ts): the national budget's sheets of the kinds
 * the region prints, each under the region's title, in the region's order; its 国有资本经营预算支出表
 * laid out as the 政府性基金's (the same columns); its 项目支出, 政府采购 and 绩效目标 as GRID_SHEETS.
 */
function regionalBudget(region: RegionalBudget): TableLayout[] {
  const national = [...nationalBudget(), ...GRID_SHEETS];
  const sheetOf = (kind: TableKind): TableLayout | undefined => {
    const own = national.find((l) => l.kinds.includes(kind));
    if (own || kind !== 'state_capital') return own;
    const fund = national.find((l) => l.kinds.includes('gov_fund_expenditure'));
    return fund && { ...fund, kinds: [kind] };
  };
  return region.tables.flatMap(([kind, title]) => {
    const layout = sheetOf(kind);
    return layout ? [{ ...layout, title }] : [];
  });
}

/** The national budget's workbook, and each regional family's (the same sheets under the region's titles). */
const NATIONAL_BUDGET_WORKBOOK = {
  check: checkProfile('national'),
  phase: 'budget',
  scope: 'department',
  unit: '万元',
  codes: 'single',
  titlePrefix: '',
} as const;

export const TEMPLATE_PROFILES: TemplateProfile[] = [
  {
    id: 'national-budget',
    name: { zh: '部门预算（全国八张表）', en: 'department budget (the eight national tables)' },
    ...NATIONAL_BUDGET_WORKBOOK,
    tables: nationalBudget(),
  },
  {
    id: 'national-final-account',
    name: { zh: '部门决算（全国九张表）', en: 'department final account (the nine national tables)' },
    check: checkProfile('national-final-account'),
    phase: 'final_account',
    scope: 'department',
    unit: '万元',
    codes: 'single',
    titlePrefix: '',
    tables: nationalFinalAccount(),
  },
  {
    id: 'shanghai-department',
    name: { zh: '上海市部门预算', en: 'Shanghai department budget' },
    check: checkProfile('shanghai-budget'),
    phase: 'budget',
    scope: 'department',
    unit: '元',
    codes: 'split',
    titlePrefix: '部门',
    tables: shanghai(),
  },
  {
    id: 'shanghai-unit',
    name: { zh: '上海市单位预算', en: 'Shanghai unit budget' },
    check: checkProfile('shanghai-budget'),
    phase: 'budget',
    scope: 'unit',
    unit: '元',
    codes: 'split',
    titlePrefix: '单位',
    tables: shanghai(),
  },
  ...REGIONAL_BUDGETS.map(
    (region): TemplateProfile => ({
      id: region.id,
      name: region.name,
      ...NATIONAL_BUDGET_WORKBOOK,
      tables: regionalBudget(region),
    }),
  ),
];

export function templateProfile(id: string): TemplateProfile | undefined {
  return TEMPLATE_PROFILES.find((p) => p.id === id);
}

/** The printed label of an amount column. */
export function columnText(column: AmountColumn): string {
  return column.label ?? standardColumnLabel(column.key) ?? column.key;
}
