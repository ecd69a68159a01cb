/** Small text tests shared by the segmenter and the recognisers. */
import { compact } from '../model/names.js';
import type { MoneyUnit } from '../model/types.js';

const UNIT_CELL = /^(?:金额)?单位[:：]\s*(万元|元)$/;

/** "单位：万元" → 万元. */
export function unitOf(text: string): MoneyUnit | null {
  // Every cell is asked: most have no 位 at all (compatibility ideographs aside, which NFKC maps).
  if (!text.includes('位') && !/[\uf900-\ufaff]/.test(text)) return null;
  const match = UNIT_CELL.exec(compact(text));
  return match ? (match[1] as MoneyUnit) : null;
}

/** Page furniture left in dumps: page numbers, "page number" placeholders. */
export function isPageFurniture(text: string): boolean {
  const t = compact(text);
  return (
    /^(?:pagenumber)+$/i.test(t) ||
    /^[-—–]?\d{1,3}[-—–]?$/.test(t) ||
    /^第\d{1,3}页(?:共\d{1,3}页)?$/.test(t) ||
    /^\d{1,3}\/\d{1,3}$/.test(t)
  );
}

/** A 目录 entry's dot leader and the page number printed after it, if any (……3). */
const TOC_LEADER = /(?:\.{4,}|…{2,}|·{4,})\s*\d*\s*/;
const TOC_LINE_END = new RegExp(`${TOC_LEADER.source}$`);

/** A 目录 line: dot leaders at its end, before the page number if any (not "……（不涉及的不列）" in running text). */
export function isTocText(text: string): boolean {
  return TOC_LINE_END.test(text);
}

/**
 * A 目录 line cut after each entry's dot leader and page number: a PDF joins a run of numbered
 * entries into one line ("一、部门情况说明……3二、收入预算情况说明……3"), each ending in its page.
 */
export function tocLeaderPieces(text: string): string[] {
  return text.split(TOC_LEADER);
}

const NOTE = /^(?:注|说明|备注|附注)\s*[:：\d（(]/;

/** A note printed in brackets, （注：…）, reads as the note inside them. */
const unbracketed = (text: string) => compact(text).replace(/^[(（](.*)[)）]$/, '$1');

export function isNote(text: string): boolean {
  const t = unbracketed(text);
  return NOTE.test(t) || /^(?:注|说明)[:：]?$/.test(t);
}

/** A printed statement that a table is empty. */
export function isEmptyStatement(text: string): boolean {
  const t = unbracketed(text);
  // 没有使用…安排的支出 in one clause: 湖州's "注：湖州市退役军人事务局2026年没有使用政府性基金预算拨款安排的支出。"
  return /本表无数据|无数据|无发生额|空表列示|本表为空|为空表|本(?:部门|单位)(?:本年度|\d{4}年度?)?(?:无|没有)|(?:无|没有).{0,20}(?:预算|支出|经费|拨款|安排|资产|情况)[。.]?$|没有使用[^，,。；;]{0,30}(?:预算|支出|经费|拨款)[。.]?$/.test(
    t,
  );
}

/**
 * The items of the “三公” 经费 as a row names them: 因公出国（境）费, 公务接待费, and 公务用车购置及（和）运行
 * （维护）费 (or 公务用车费) made of its 购置费 and 运行（维护）费.
 */
export const THREE_PUBLIC = {
  travel: /因公出国/,
  reception: /公务接待/,
  vehicleAny: /公务用车/,
  vehicle: /公务用车(?:费|购置[及和]运(?:行|维)(?:维护)?费?)$/,
  purchase: /公务用车购置(?:费)?$/,
  running: /公务用车运(?:行(?:维护)?|维)费?$/,
} as const;

/**
 * A 采购类别 as a 政府采购 table's row names it: 货物, 工程, 服务, lettered as 北京's 预算10表 prints them
 * (A-货物, B-工程, C-服务). A table whose rows are all such lists its purchases by category, flat.
 */
export const PROCUREMENT_CATEGORY = /^(?:[A-Ca-c][-－—.．、]?)?(?:货物|工程|服务)类?$/;

/** Any of the three items, as a header or a row names them (因公出国（境）费, 公务接待费, 公务用车…). */
export const THREE_PUBLIC_ITEM = new RegExp(
  [THREE_PUBLIC.travel, THREE_PUBLIC.reception, THREE_PUBLIC.vehicleAny].map((re) => re.source).join('|'),
);

/** The “三公” total or one of its items, whatever words a row or a sentence uses for it. */
export type ThreePublicItem = 'total' | 'travel' | 'reception' | 'vehicle' | 'purchase' | 'running';

/**
 * Words an item's name may end with that change nothing: 公务接待费支出 (广州), 公务用车购置经费 (烟台), 因公出国（境）费用,
 * and a final account's measure (上海: 公务接待费支出决算, “三公”经费支出决算数). 年初预算 is not one: it names the column.
 */
const ITEM_TAIL = /(?:支出|[预决]算数?|经费|费用|费)+$/;
const ITEM_STEMS: Array<[RegExp, ThreePublicItem]> = [
  [/^因公出国[(（]?境?[)）]?$/, 'travel'],
  [/^公务接待$/, 'reception'],
  // 公务用车费 (seed), 公务用车购置及运行费, …及运维费, …及运行维护费, 公务用车购置和运行维护费 (北京).
  [/^公务用车(?:购置[及和]运(?:行|维)(?:维护)?)?$/, 'vehicle'],
  [/^公务用车购置$/, 'purchase'],
  // 公务用车运行费 (重庆's table) is the 公务用车运行维护费 its narrative names, and 运维费 too.
  [/^公务用车运(?:行|维)(?:维护)?$/, 'running'],
];

/**
 * Which “三公” figure a name (a row's, or a narrative label already cut to its noun phrase) is: the
 * same item printed 公务用车运行费 in a table and 公务用车运行维护费 in the text is one item. Null for any
 * other name.
 */
export function threePublicItemOf(name: string): ThreePublicItem | null {
  const t = compact(name).replace(/[“”"]/g, '');
  if (THREE_PUBLIC_TOTAL.test(t)) return 'total';
  const stem = t.replace(ITEM_TAIL, '');
  // “三公”经费, …经费预算数, …经费支出决算.
  if (stem === '三公') return 'total';
  return ITEM_STEMS.find(([re]) => re.test(stem))?.[1] ?? null;
}

/**
 * A line of the budget summary as the narrative may name it in other words: an income source with or
 * without 收入/资金/拨款 (重庆's table prints 一般公共预算资金 and 事业收入资金, its text 一般公共预算拨款 and
 * 事业收入资金; others 一般公共预算拨款收入 and 事业收入), a 类 with or without 支出 or 科目.
 */
export function summaryLineKey(name: string): string {
  const line = compact(name).replace(/^本年(?:度)?/, '');
  // 其他资金（收入） is every source other than 财政拨款 (北京: 本年其他资金收入), not the 其他收入 line: its 资金 is its name.
  if (/^其他资金/.test(line)) return '其他资金';
  return line.replace(/(?:收入|资金|拨款|支出|科目)+$/, '');
}

/** The three fiscal funds as a title, a heading or a sentence names them. */
export const FUND_NAME = {
  general_budget: /一般公共预算/,
  gov_fund: /政府性基金/,
  state_capital: /国有资本经营/,
} as const;

/**
 * The “三公” total as its own header or row name (compact form): “三公”经费合计 (苏州), or the sum
 * named for its money, “三公”经费财政拨款预算总额 (北京 预算09表). A bare 预算数 after it is a measure, not the total.
 */
export const THREE_PUBLIC_TOTAL =
  /^[“"]?三公[”"]?经费(?:(?:财政拨款|一般公共预算(?:财政拨款)?)?(?:预算|决算)?(?:合计|小计|总计|总额))?$/;

/** A header or column naming the 机关运行经费. */
export const AGENCY_OPERATING = /机关运行经费/;

/** 一级 indicators of a performance target tree (产出指标 …). */
export const INDICATOR_L1 = /^(?:产出指标|效益指标|效果指标|满意度指标|成本指标)$/;

/** 二级 indicators (数量指标 …); 成本指标 is 一级 in newer templates and 二级 in older ones. */
export const INDICATOR_L2 =
  /^(?:数量指标|质量指标|时效指标|成本指标|经济成本指标|社会成本指标|生态环境成本指标|经济效益指标|社会效益指标|生态效益指标|可持续影响指标|服务对象满意度指标|满意度指标|指标)$/;

/** Header cells of an indicator tree. */
export const INDICATOR_HEADER = /^(?:一级指标|二级指标|三级指标)$/;

/** Cells of a department's overall target table (not of projects): 部门名称及编码, 年度主要任务 …. */
export const UNIT_TARGET_CELL = /^(?:部门名称及编码|年度主要任务|部门基本信息)$/;

/** A table's number on a line of its own: 预算公开表1, 公开表1, 附表2, 表03 (湖州, above each page's title). */
const TABLE_NUMBER = /^(?:(?:附|(?:预算|部门|决算)?公开)?表\d{1,3}|(?:预算|部门|决算)?公开\d{1,3}表)$/;

/** A title, or the header over a table's code and name columns, by economic classification: （按经济分类科目）, 经济分类情况表, (经济科目). */
export const BY_ECONOMIC_CLASS = /经济(?:分类|科目)/;

const TITLE_END = /(?:表|情况表|明细表)(?:[(（][^()（）]{1,20}[)）])?$/;
const OTHER_TITLES = /^(?:部门)?机构设置情况$|政府采购预算(?:情况)?(?:表)?$|^部门政府采购预算$/;

/** A statement of emptiness made on a condition: 此表如无数字则表示单位无该项支出 (长沙's notes under every table). */
export function isConditionalStatement(text: string): boolean {
  return /(?:如果?|若|倘若).{0,8}(?:无|没有|为空|空白)/.test(compact(text));
}

/** Does this line read like a table title (to be confirmed by the grid that follows)? */
export function looksLikeTableTitle(text: string): boolean {
  const t = compact(text);
  if (t.length < 3 || t.length > 60) return false;
  if (/[。；;，,：:]$/.test(t)) return false;
  if (isTocText(text) || isNote(text)) return false;
  if (TABLE_NUMBER.test(t)) return false;
  return TITLE_END.test(t) || OTHER_TITLES.test(t);
}

/** Short lines that belong to a table's preamble: 单位名称：…, 部门：… / 单位：… (the unit's name), (2024)年度, 127-吉林省商务厅, 预算公开表1, 公开02表, 表03. */
export function isPreambleText(text: string): boolean {
  const t = compact(text);
  // A bare 万元 printed where 单位：万元 would be (湖州's 项目支出绩效表 beside 507-湖州市卫生健康委员会).
  if (unitOf(t) || /^(?:万元|元)$/.test(t)) return true;
  return (
    /^(?:单位名称|部门名称|部门|单位|编制单位|编制部门|(?:预算|资金)?主管部门|预算单位|填报单位|预算年度|截止时间|部门[(（]单位[)）](?:名称)?)[:：]/.test(
      t,
    ) ||
    /^[(（]?\d{4}(?:年度?)?[)）]?年?度?$/.test(t) ||
    /^[(（]\d{4}年度[)）]$/.test(t) ||
    /^\d{4}[(（]年度[)）]$/.test(t) ||
    TABLE_NUMBER.test(t) ||
    /^\d{2,9}[-—]\S{2,30}$/.test(t)
  );
}

/**
 * A line naming a part of the disclosure published as its own file: 附件：北京市财政局 2026 年度部门预算报表,
 * 见附件：…报表, 附件2：…预算公开表. Returns what it names, or null.
 */
export function attachmentNamed(text: string): string | null {
  const match = /^(?:详)?见?附件\d*[:：]\s*(.{2,80}?)[。.]?$/.exec(compact(text));
  const named = match?.[1] ?? '';
  return /表|报表|附表/.test(named) ? named : null;
}

/** A header cell naming amounts of money: 预算数（单位：万元）, 金额, 资金 (a fee's 元/㎡ is a rate, not an amount). */
export const NAMES_MONEY = /预算|金额|资金|万元|千元|[(（]元[)）]/;

/** A 项目支出表 that also holds other spending (广东: 部门预算项目支出及其他支出预算表): its totals exceed the 项目支出. */
export const WITH_OTHER_SPENDING = /及其他支出/;
