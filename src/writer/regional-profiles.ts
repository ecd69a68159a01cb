/**
 * The regional budget template families, as data: each its tables (kind and the title the region
 * prints) and its 情况说明 (the region's headings, each made of the sentences of the national items it
 * restates, named by their heading in profiles.ts's BUDGET_NARRATIVE). profiles.ts makes them writer
 * profiles with the national parts around them.
 */
import type { TableKind } from '../model/types.js';
import type { MoneyFormat } from './money.js';

/**
 * A section of a region's 情况说明: [its heading, the national items (BUDGET_NARRATIVE headings) it
 * restates], or a section that also holds a text the department writes (`text`: its key) and numbered
 * sub-sections printed （一）…（二）… under it (北京's 一、部门情况说明 and 五、其他情况说明).
 */
export type RegionalSection =
  | [heading: string, national: string[]]
  | { heading: string; national?: string[]; text?: string; subsections?: RegionalSection[] };

export interface RegionalBudget {
  id: string;
  name: { zh: string; en: string };
  tables: Array<[TableKind, string]>;
  /** The 情况说明's part heading; `{year}` is the document's year. */
  narrativeHeading: string;
  narrative: RegionalSection[];
  /**
   * A disclosure published as two files (北京: 附件1 情况说明 and 附件2 报表): each file's label (the
   * written file's name ends with it), and the word the 报表's title line adds to the document's title.
   */
  twoFiles?: {
    narrative: string;
    tables: string;
    tablesTitle: string;
    /**
     * The 情况说明 file is that one part (its 概况 and 名词解释 are sections of it: `narrative`), then
     * this part naming the 报表 (北京: 第二部分 2026年度部门预算报表, over 附件：…报表).
     */
    tablesHeading: string;
    /** The name the 情况说明's 目录 lists each of the 报表's tables by (北京: 一、收支总表 for 预算01表 收支总表). */
    tocNames: Partial<Record<TableKind, string>>;
  };
  /** How the tables print money when not 万元 to two decimals (北京's 报表: 44,156.640120). */
  tablesMoney?: MoneyFormat;
}

/**
 * The regional budget families the reader knows from the corpus (docs: ../shared/corpus/INDEX.md), as
 * they title their tables and 情况说明: 广州 (收支总体情况表 …, 行政经费及“三公”经费预算表), 浙江's 市级部门
 * (杭州, 湖州: 市级部门收支预算总表 …), 北京's numbered 预算01表 … 预算13表, written as 北京 publishes them: the 情况说明 (附件1: 目录, 概况,
 * 情况说明, 名词解释, and the 报表 named as its attachment) and the 报表 (附件2: the tables alone, under
 * a title line naming the department and year, as the reader joins the two: model/document-set.ts).
 */
/**
 * 北京's 报表 (all 27 of the corpus): each table numbered 预算NN表 before its name, the name alone in
 * the 情况说明's 目录 (第二部分 2026年度部门预算报表: 一、收支总表 … 十、政府采购预算明细表 …). 预算11表
 * (政府购买服务) and 13表 (部门整体支出绩效目标) are kinds the national model writes under their own names.
 */
const BEIJING_TABLES: Array<[TableKind, number: string, name: string]> = [
  ['income_expenditure_summary', '预算01表', '收支总表'],
  ['income_summary', '预算02表', '收入总表'],
  ['expenditure_summary', '预算03表', '支出总表'],
  ['fiscal_appropriation_summary', '预算04表', '财政拨款收支总表'],
  ['general_budget_expenditure', '预算05表', '一般公共预算支出表'],
  ['general_budget_basic_expenditure', '预算06表', '一般公共预算基本支出表'],
  ['gov_fund_expenditure', '预算07表', '政府性基金预算支出表'],
  ['state_capital', '预算08表', '国有资本经营预算支出表'],
  ['three_public', '预算09表', '财政拨款“三公”经费支出表'],
  ['procurement', '预算10表', '政府采购预算明细表'],
  ['performance_targets', '预算12表', '项目支出绩效目标表'],
];

export const REGIONAL_BUDGETS: RegionalBudget[] = [
  {
    id: 'guangzhou-budget',
    name: { zh: '广州市部门预算模板（万元）', en: 'Guangzhou department budget template (万元)' },
    tables: [
      ['income_expenditure_summary', '收支总体情况表'],
      ['income_summary', '收入总体情况表'],
      ['expenditure_summary', '本年支出总体情况表'],
      ['fiscal_appropriation_summary', '财政拨款收支总体情况表'],
      ['general_budget_expenditure', '一般公共预算支出情况表（按功能分类科目）'],
      ['general_budget_basic_expenditure', '一般公共预算基本支出情况表（按经济分类科目）'],
      ['three_public', '财政拨款安排的行政经费及“三公”经费预算表'],
      ['gov_fund_expenditure', '政府性基金预算支出情况表'],
      ['state_capital', '国有资本经营预算支出情况表'],
      ['project_expenditure', '部门预算项目支出及其他支出预算表'],
    ],
    narrativeHeading: '第三部分 部门预算情况说明',
    narrative: [
      ['部门预算收支增减变化情况', ['收支预算总体情况', '收入预算情况', '支出预算情况']],
      ['财政拨款收支情况', ['财政拨款收支预算总体情况', '一般公共预算支出情况', '一般公共预算基本支出情况']],
      ['政府性基金和国有资本经营预算情况', ['政府性基金预算支出情况', '国有资本经营预算支出情况']],
      ['“三公”经费安排情况', ['“三公”经费预算情况']],
      ['机关运行经费安排情况', ['机关运行经费预算情况']],
      ['政府采购情况', ['政府采购预算情况']],
      ['国有资产占有使用情况', ['国有资产占用情况']],
      ['重点项目预算绩效目标情况', ['预算绩效目标设置情况']],
    ],
  },
  {
    id: 'zhejiang-budget',
    name: {
      zh: '浙江省市级部门预算模板（杭州、湖州，万元）',
      en: 'Zhejiang city department budget template (Hangzhou, Huzhou; 万元)',
    },
    tables: [
      ['income_expenditure_summary', '市级部门收支预算总表'],
      ['income_summary', '市级部门收入预算总表'],
      ['expenditure_summary', '市级部门支出预算总表'],
      ['fiscal_appropriation_summary', '市级部门财政拨款收支预算总表'],
      ['general_budget_expenditure', '市级部门一般公共预算支出预算表'],
      ['general_budget_basic_expenditure', '市级部门一般公共预算基本支出预算表'],
      ['three_public', '市级部门一般公共预算“三公”经费预算表'],
      ['gov_fund_expenditure', '市级部门政府性基金预算支出预算表'],
      ['state_capital', '市级部门国有资本经营预算支出预算表'],
      ['project_expenditure', '市级部门项目支出预算表'],
      ['performance_targets', '市级部门项目支出绩效表'],
    ],
    narrativeHeading: '第三部分 部门预算情况说明',
    narrative: [
      ['收支预算总体情况', ['收支预算总体情况']],
      ['收入预算情况', ['收入预算情况']],
      ['支出预算情况', ['支出预算情况']],
      ['财政拨款收支预算总体情况', ['财政拨款收支预算总体情况']],
      ['一般公共预算支出情况', ['一般公共预算支出情况', '一般公共预算基本支出情况']],
      ['“三公”经费预算情况', ['“三公”经费预算情况']],
      ['政府性基金预算支出情况', ['政府性基金预算支出情况']],
      ['国有资本经营预算支出情况', ['国有资本经营预算支出情况']],
      ['机关运行经费预算情况', ['机关运行经费预算情况']],
      ['政府采购预算情况', ['政府采购预算情况']],
      ['国有资产占用情况', ['国有资产占用情况']],
      ['项目支出绩效目标情况', ['预算绩效目标设置情况']],
    ],
  },
  {
    id: 'beijing-budget',
    name: { zh: '北京市部门预算模板（预算01表…，万元）', en: 'Beijing department budget template (预算01表 …; 万元)' },
    tables: BEIJING_TABLES.map(([kind, number, name]) => [kind, `${number} ${name}`]),
    // 北京's 情况说明 (all 31 of the corpus): 第一部分 2026年度部门预算情况说明, 一、部门情况说明 （一）本部门职责情况
    // （二）机构设置情况 … 五、其他情况说明 （一）政府采购预算说明 （二）机关运行经费说明 （三）国有资产占用情况说明,
    // 六、名词解释; then 第二部分 2026年度部门预算报表 naming the 报表 file.
    narrativeHeading: '第一部分 {year}年度部门预算情况说明',
    twoFiles: {
      narrative: '附件1情况说明',
      tables: '附件2报表',
      tablesTitle: '报表',
      tablesHeading: '第二部分 {year}年度部门预算报表',
      tocNames: Object.fromEntries(BEIJING_TABLES.map(([kind, , name]) => [kind, name])),
    },
    // Every 报表 of the corpus prints 万元 to six decimals with separators; its 情况说明 rounds to two.
    tablesMoney: { unit: '万元', decimals: 6, grouped: true },
    narrative: [
      {
        heading: '部门情况说明',
        subsections: [
          { heading: '本部门职责情况', text: '部门职责' },
          { heading: '机构设置情况', text: '机构设置' },
        ],
      },
      ['收入预算情况说明', ['收支预算总体情况', '收入预算情况']],
      [
        '支出预算情况说明',
        [
          '支出预算情况',
          '财政拨款收支预算总体情况',
          '一般公共预算支出情况',
          '一般公共预算基本支出情况',
          '政府性基金预算支出情况',
          '国有资本经营预算支出情况',
        ],
      ],
      ['财政拨款“三公”经费预算情况说明', ['“三公”经费预算情况']],
      {
        heading: '其他情况说明',
        subsections: [
          ['政府采购预算说明', ['政府采购预算情况']],
          ['机关运行经费说明', ['机关运行经费预算情况']],
          ['国有资产占用情况说明', ['国有资产占用情况']],
          ['项目支出绩效目标情况说明', ['预算绩效目标设置情况']],
        ],
      },
      { heading: '名词解释', text: '名词解释' },
    ],
  },
];
