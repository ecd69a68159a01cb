/**
 * What each template family's disclosure holds, in order: data, not code per region. Table kinds
 * and titles come from the checker's profiles (rules/profiles.ts) and the kind names
 * (model/kinds.ts); the sentences are templates over the figures of figures.ts (sentences.ts).
 */
import { KIND_NAMES } from '../model/kinds.js';
import type { Phase, TableKind } from '../model/types.js';
import { ALL_PROFILES, NATIONAL_BUDGET_TABLES, NATIONAL_FINAL_ACCOUNT_TABLES } from '../rules/profiles.js';
import { type MoneyFormat, WAN_2 } from './money.js';
import { REGIONAL_BUDGETS, type RegionalBudget, type RegionalSection } from './regional-profiles.js';
import type { SentenceTemplate } from './sentences.js';

export interface NarrativeTemplate {
  heading: string;
  sentences: SentenceTemplate[];
  /** A text the department writes, printed as its paragraphs after the sentences (北京's 部门职责, 名词解释). */
  text?: string;
  /** Sections inside this one, numbered （一）（二）… as paragraphs of it (北京's 五、其他情况说明). */
  subsections?: NarrativeTemplate[];
}

export type ProfilePart =
  | { part: 'cover' }
  | { part: 'toc'; title: string }
  | { part: 'overview'; heading: string; sections: Array<{ heading: string; key: string }> }
  /** `heading` absent: the tables alone (北京's 报表 file prints no part heading). */
  | { part: 'tables'; heading?: string; tables: Array<[TableKind, string]>; emptyStatement: string }
  | { part: 'narrative'; heading: string; sections: NarrativeTemplate[] }
  | { part: 'glossary'; heading: string; key: string }
  /**
   * The tables published as another file, named as 北京's 情况说明 names its 报表 (附件：…报表), its 目录
   * listing them (`tables` as that file prints them, each by its name in `tocNames` where it has one).
   */
  | {
      part: 'attachment';
      heading: string;
      titleSuffix: string;
      tables: Array<[TableKind, string]>;
      tocNames: Partial<Record<TableKind, string>>;
    };

/** One file of a disclosure published as several: its label (the file's name ends with it) and parts. */
export interface WriterFile {
  label: string;
  /** Words the cover title ends with in this file (报表), so the reader can tell and join the files. */
  titleSuffix: string;
  parts: ProfilePart[];
}

export interface WriterProfile {
  id: string;
  name: { zh: string; en: string };
  phase: Phase;
  /**
   * How money is printed: in the tables (their unit line says the unit) and in the 情况说明's sentences,
   * each figure rounded once from the exact amount (money.ts).
   */
  money: { tables: MoneyFormat; narrative: MoneyFormat };
  /** The checker profile the written document is checked with. */
  checkProfile: string;
  /** Template ids (budgetlens template --profile) this profile writes: Shanghai's two workbooks. */
  aliases?: string[];
  /** What the cover calls the document after the department and year: 部门预算, 部门决算. */
  titleWord: string;
  /** Every part, in order (of all files when there are several). */
  parts: ProfilePart[];
  /** The files the disclosure is published as, when more than one (北京: 情况说明 and 报表). */
  files?: WriterFile[];
  /** false: the 目录 prints no page numbers (北京: none of the 31 情况说明 of the corpus does). */
  tocPages?: false;
}

const rulesTables = (id: string) => ALL_PROFILES.find((p) => p.id === id)?.required ?? [];

/** A kind printed under its national name (KIND_NAMES): for kinds a profile adds. */
const named = (kind: TableKind): [TableKind, string] => [kind, KIND_NAMES[kind]];

const OVERVIEW = (heading: string): ProfilePart => ({
  part: 'overview',
  heading,
  sections: [
    { heading: '主要职能', key: '部门职责' },
    { heading: '机构设置', key: '机构设置' },
  ],
});

const EMPTY_STATEMENT = '注：本{self}{year}年无{what}，故本表无数据。';

const reason = (key: string, figureId: string): SentenceTemplate => ({ text: `主要原因是{?${key}}。`, when: `${figureId}~` });

/** 情况说明 of a budget: the 财预〔2016〕143号 template's items, each sentence computed from the tables. */
const BUDGET_NARRATIVE: NarrativeTemplate[] = [
  {
    heading: '收支预算总体情况',
    sentences: [
      { text: '{year}年{self}收入预算总计{income.total}{income.total~}。' },
      { text: '{year}年{self}支出预算总计{expenditure.total}{expenditure.total~}。' },
      reason('收支预算增减原因', 'income.total'),
    ],
  },
  {
    heading: '收入预算情况',
    sentences: [
      {
        text: '{year}年{self}本年收入{income.current}，其中：{each}。',
        each: { list: 'income.sources', item: '{name}{amount}，占{share}', base: 'income.current' },
      },
      { text: '上年结转{income.carryover}。', when: 'income.carryover' },
    ],
  },
  {
    heading: '支出预算情况',
    sentences: [
      {
        text: '{year}年{self}支出预算{expenditure.all}，其中：基本支出{expenditure.basic}，占{expenditure.basic%expenditure.all}；项目支出{expenditure.project}，占{expenditure.project%expenditure.all}。',
      },
    ],
  },
  {
    heading: '财政拨款收支预算总体情况',
    sentences: [{ text: '{year}年{self}财政拨款收支总预算{fiscal.total}{fiscal.total~}。' }],
  },
  {
    heading: '一般公共预算支出情况',
    sentences: [
      {
        text: '{year}年{self}一般公共预算支出{general_budget.total}{general_budget.total~}，其中：基本支出{general_budget.basic}，占{general_budget.basic%general_budget.total}；项目支出{general_budget.project}，占{general_budget.project%general_budget.total}。',
      },
      reason('一般公共预算支出增减原因', 'general_budget.total'),
      {
        text: '{year}年{self}一般公共预算支出{general_budget.total}，按支出功能分类：{each}。',
        each: { list: 'general_budget.classes', item: '{name}{amount}，占{share}', base: 'general_budget.total' },
      },
    ],
  },
  {
    heading: '一般公共预算基本支出情况',
    sentences: [
      {
        text: '{year}年{self}一般公共预算基本支出{basic.total}，其中：人员经费{basic.personnel}，占{basic.personnel%basic.total}；公用经费{basic.public_use}，占{basic.public_use%basic.total}。',
      },
    ],
  },
  {
    heading: '“三公”经费预算情况',
    sentences: [
      { text: '{year}年{self}“三公”经费预算{three_public.total}{three_public.total~}。', when: 'three_public.total' },
      reason('三公经费增减原因', 'three_public.total'),
      {
        text: '其中：{each}。',
        when: 'three_public.total',
        each: { list: 'three_public.items', item: '{name}{amount}', separator: '，' },
      },
      { text: '{year}年{self}无“三公”经费预算。', when: '!three_public.total' },
    ],
  },
  {
    heading: '政府性基金预算支出情况',
    sentences: [
      { text: '{year}年{self}政府性基金预算支出{gov_fund.total}{gov_fund.total~}。', when: 'gov_fund.total' },
      { text: '{year}年{self}无政府性基金预算支出。', when: '!gov_fund.total' },
    ],
  },
  {
    heading: '国有资本经营预算支出情况',
    sentences: [
      { text: '{year}年{self}国有资本经营预算支出{state_capital.total}。', when: 'state_capital.total' },
      { text: '{year}年{self}无国有资本经营预算支出。', when: '!state_capital.total' },
    ],
  },
  {
    heading: '机关运行经费预算情况',
    sentences: [{ text: '{year}年{self}机关运行经费预算{agency.total}{agency.total~}。' }],
  },
  {
    heading: '政府采购预算情况',
    sentences: [
      { text: '{year}年{self}政府采购预算{procurement.total}。' },
      { text: '{?政府采购情况}。', when: '!procurement.total' },
    ],
  },
  { heading: '国有资产占用情况', sentences: [{ text: '{?国有资产占用情况}。' }] },
  {
    heading: '预算绩效目标设置情况',
    sentences: [
      {
        text: '{year}年{self}{#performance.count}个项目设置了绩效目标，涉及预算资金{performance.amount}。',
      },
      { text: '{?绩效目标设置情况}。', when: '!performance.count' },
    ],
  },
];

/** 情况说明 of a final account: the same items, stated as 决算. */
const FINAL_ACCOUNT_NARRATIVE: NarrativeTemplate[] = [
  {
    heading: '收入支出决算总体情况',
    sentences: [
      { text: '{year}年度{self}收入总计{income.total}{income.total~}，支出总计{expenditure.total}{expenditure.total~}。' },
      reason('收支决算增减原因', 'income.total'),
    ],
  },
  {
    heading: '支出决算情况',
    sentences: [
      {
        text: '{year}年度{self}本年支出{expenditure.all}，其中：基本支出{expenditure.basic}，占{expenditure.basic%expenditure.all}；项目支出{expenditure.project}，占{expenditure.project%expenditure.all}。',
      },
    ],
  },
  {
    heading: '财政拨款收入支出决算总体情况',
    sentences: [{ text: '{year}年度{self}财政拨款收入支出总计{fiscal.total}{fiscal.total~}。' }],
  },
  {
    heading: '一般公共预算财政拨款支出决算情况',
    sentences: [
      {
        text: '{year}年度{self}一般公共预算财政拨款支出{general_budget.total}，按支出功能分类：{each}。',
        each: { list: 'general_budget.classes', item: '{name}{amount}，占{share}', base: 'general_budget.total' },
      },
    ],
  },
  {
    heading: '一般公共预算财政拨款基本支出决算情况',
    sentences: [{ text: '{year}年度{self}人员经费{basic.personnel}，公用经费{basic.public_use}。' }],
  },
  {
    heading: '“三公”经费财政拨款支出决算情况',
    sentences: [
      { text: '{year}年度{self}“三公”经费支出决算{three_public.total}{three_public.total~}。', when: 'three_public.total' },
      reason('三公经费增减原因', 'three_public.total'),
      {
        text: '其中：{each}。',
        when: 'three_public.total',
        each: { list: 'three_public.items', item: '{name}{amount}', separator: '，' },
      },
      { text: '{year}年度{self}无“三公”经费支出。', when: '!three_public.total' },
    ],
  },
  { heading: '机关运行经费支出情况', sentences: [{ text: '{year}年度{self}机关运行经费支出{agency.total}。' }] },
  { heading: '政府采购支出情况', sentences: [{ text: '{?政府采购情况}。' }] },
  { heading: '国有资产占用情况', sentences: [{ text: '{?国有资产占用情况}。' }] },
  { heading: '预算绩效管理工作开展情况', sentences: [{ text: '{?绩效管理情况}。' }] },
];

const budgetParts = (
  tables: Array<[TableKind, string]>,
  narrativeHeading: string,
  narrative: NarrativeTemplate[] = BUDGET_NARRATIVE,
): ProfilePart[] => [
  { part: 'cover' },
  { part: 'toc', title: '目录' },
  OVERVIEW('第一部分 部门概况'),
  { part: 'tables', heading: '第二部分 部门预算表', tables, emptyStatement: EMPTY_STATEMENT },
  { part: 'narrative', heading: narrativeHeading, sections: narrative },
  { part: 'glossary', heading: '第四部分 名词解释', key: '名词解释' },
];

/**
 * A region's 情况说明: its own headings, each made of the sentences of the national items it restates
 * (by their BUDGET_NARRATIVE heading), its text and its sub-sections, in the region's order.
 */
function regionalNarrative(sections: RegionalSection[]): NarrativeTemplate[] {
  return sections.map((section) => {
    const {
      heading,
      national = [],
      text,
      subsections,
    } = Array.isArray(section) ? { heading: section[0], national: section[1] } : section;
    return {
      heading,
      sentences: national.flatMap((h) => BUDGET_NARRATIVE.find((s) => s.heading === h)?.sentences ?? []),
      ...(text ? { text } : {}),
      ...(subsections ? { subsections: regionalNarrative(subsections) } : {}),
    };
  });
}

export const WRITER_PROFILES: WriterProfile[] = [
  {
    id: 'national-budget',
    name: { zh: '全国部门预算公开模板（万元）', en: 'National department budget template (万元)' },
    phase: 'budget',
    money: { tables: WAN_2, narrative: WAN_2 },
    checkProfile: 'national',
    titleWord: '预算',
    parts: budgetParts(
      [
        ...NATIONAL_BUDGET_TABLES,
        named('gov_fund_income'),
        named('state_capital'),
        named('agency_operating'),
        named('project_expenditure'),
      ],
      '第三部分 部门预算情况说明',
    ),
  },
  {
    id: 'national-final-account',
    name: { zh: '全国部门决算公开模板（万元）', en: 'National department final-account template (万元)' },
    phase: 'final_account',
    money: { tables: WAN_2, narrative: WAN_2 },
    checkProfile: 'national-final-account',
    titleWord: '决算',
    parts: [
      { part: 'cover' },
      { part: 'toc', title: '目录' },
      OVERVIEW('第一部分 部门概况'),
      {
        part: 'tables',
        heading: '第二部分 部门决算表',
        tables: NATIONAL_FINAL_ACCOUNT_TABLES,
        emptyStatement: EMPTY_STATEMENT,
      },
      { part: 'narrative', heading: '第三部分 部门决算情况说明', sections: FINAL_ACCOUNT_NARRATIVE },
      { part: 'glossary', heading: '第四部分 名词解释', key: '名词解释' },
    ],
  },
  {
    id: 'shanghai-budget',
    aliases: ['shanghai-department', 'shanghai-unit'],
    name: { zh: '上海市部门（单位）预算模板（元）', en: 'Shanghai department or unit budget template (元)' },
    phase: 'budget',
    money: { tables: { unit: '元', decimals: 0, grouped: true }, narrative: WAN_2 },
    checkProfile: 'shanghai-budget',
    titleWord: '预算',
    parts: budgetParts(
      [
        ...rulesTables('shanghai-budget').filter(([kind]) => kind !== 'agency_operating'),
        // Shanghai prints 三公 and 机关运行经费 in one table; written apart, each under its own name.
        named('agency_operating'),
        named('project_expenditure'),
      ],
      '第三部分 部门预算编制说明',
    ),
  },
  ...REGIONAL_BUDGETS.map((r): WriterProfile => {
    const common = {
      id: r.id,
      name: r.name,
      phase: 'budget',
      money: { tables: r.tablesMoney ?? WAN_2, narrative: WAN_2 },
      checkProfile: 'national',
      titleWord: '预算',
    } as const;
    if (!r.twoFiles) return { ...common, parts: budgetParts(r.tables, r.narrativeHeading, regionalNarrative(r.narrative)) };
    const files = twoFiles(r.twoFiles, r.tables, r.narrativeHeading, regionalNarrative(r.narrative));
    return { ...common, parts: files.flatMap((f) => f.parts), files, tocPages: false };
  }),
];

/**
 * A budget published as 北京 does: the 情况说明 file (cover, 目录, the 情况说明 part whose sections hold the
 * 概况 and the 名词解释 too, and the part naming the 报表 as its attachment) and the 报表 file (a title line
 * naming the department and year, then the tables).
 */
function twoFiles(
  labels: NonNullable<RegionalBudget['twoFiles']>,
  tables: Array<[TableKind, string]>,
  narrativeHeading: string,
  narrative: NarrativeTemplate[],
): WriterFile[] {
  return [
    {
      label: labels.narrative,
      titleSuffix: '',
      parts: [
        { part: 'cover' },
        { part: 'toc', title: '目录' },
        { part: 'narrative', heading: narrativeHeading, sections: narrative },
        {
          part: 'attachment',
          heading: labels.tablesHeading,
          titleSuffix: labels.tablesTitle,
          tables,
          tocNames: labels.tocNames,
        },
      ],
    },
    {
      label: labels.tables,
      titleSuffix: labels.tablesTitle,
      parts: [{ part: 'cover' }, { part: 'tables', tables, emptyStatement: EMPTY_STATEMENT }],
    },
  ];
}

export function writerProfile(id: string): WriterProfile | undefined {
  return WRITER_PROFILES.find((p) => p.id === id || p.aliases?.includes(id));
}

const ASKED = /\{\?([^}]+)\}/g;

/**
 * The texts a person writes for this profile, in the order the document asks for them: the 概况
 * sections, each reason or statement a sentence leaves to the department, the 名词解释. The
 * template's 说明 sheet lists exactly these, so what is asked is what is written.
 */
export function profileTextKeys(profile: WriterProfile): string[] {
  const keys: string[] = [];
  const ofSection = (section: NarrativeTemplate): void => {
    for (const sentence of section.sentences) keys.push(...[...sentence.text.matchAll(ASKED)].map((m) => m[1] as string));
    if (section.text) keys.push(section.text);
    for (const sub of section.subsections ?? []) ofSection(sub);
  };
  for (const part of profile.parts) {
    if (part.part === 'overview') keys.push(...part.sections.map((s) => s.key));
    else if (part.part === 'glossary') keys.push(part.key);
    else if (part.part === 'narrative') for (const section of part.sections) ofSection(section);
  }
  return [...new Set(keys)];
}
