/**
 * The words and connectives of the 情况说明 as the narrative stages read them: how a figure, its change,
 * its share, a threshold, a placeholder or a list of parts is written. One copy, imported by the claim
 * reader (src/narrative) and the rules that look at the same text again.
 */

/** An amount in 万元 as running text prints it. */
export const AMOUNT_IN_TEXT = /(-?\d[\d,]*(?:\.\d+)?)\s*万元/g;

/** An unfilled template: "XXX 万元", "XX局", "××", and a year or month left as "×年" / "X月". */
export const PLACEHOLDER = /X{2,}|×{2,}|(?<![A-Za-z])[X×](?:年|月|日)/;
/** An amount left as the template's placeholder ("XXX 万元"): a figure the text states without its value. */
export const PLACEHOLDER_AMOUNT = /(?:X{2,}|×{2,})\s*万元/;

/** What follows a threshold's figure: "（含）以上", "及以下", "以内". */
export const THRESHOLD_AFTER = /^\s*(?:[(（][^()（）]{1,4}[)）])?\s*(?:及|或)?(?:以上|以下|以内)/;

/** What follows a figure the text says did not change: "，与2025年预算持平". */
export const STEADY_AFTER = /^\s*[，,]?\s*(?:与|和|同|较|比)[^，,。；;\d]{0,12}(?:\d{4}年)?[^，,。；;\d]{0,8}持平/;

/** The words a change against last year is stated with, by the way it went (持平: it did not). */
export const CHANGE_WORD = { up: /增加|增长|上升|提高/, down: /减少|下降|降低|压减|节约/, steady: /持平/ } as const;

/** A word saying a change went either way: "增加", "降低". */
export const EITHER_WAY = new RegExp(`${CHANGE_WORD.up.source}|${CHANGE_WORD.down.source}`);

/**
 * The direction words paired with the one saying the other way: turning one of them (增加 ↔ 减少, 增长 ↔
 * 下降) says the change went the other way. The recall's injected error turns only these.
 */
export const OPPOSITE_WORD: Readonly<Record<string, string>> = { 增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长' };

/** Two direction words side by side: "增加减少" (groups 1 and 2). */
export const TWO_WAYS = new RegExp(`(${EITHER_WAY.source})(${EITHER_WAY.source})`);
/** A template's alternatives left in: "下降（增长）", "增加(减少)" (groups 1 and 2). */
export const ALTERNATIVE_WAYS = new RegExp(`(${EITHER_WAY.source})[(（](${EITHER_WAY.source})[)）]`, 'g');

/** The word a change's figure is printed after: "比上年增加 156 万元" → 增加. */
export const WORD_BEFORE_FIGURE = new RegExp(`(${EITHER_WAY.source})\\s*$`);

/** The way a direction word says a change went: 1, -1, 0 (持平), or null for a word of neither or both ways. */
export function directionOf(word: string): 1 | -1 | 0 | null {
  const up = CHANGE_WORD.up.test(word);
  const down = CHANGE_WORD.down.test(word);
  if (up !== down) return up ? 1 : -1;
  return !up && CHANGE_WORD.steady.test(word) ? 0 : null;
}

/**
 * A clause opening the reasons of a change by the way it went: "财政拨款收入支出减少的主要原因是" (上海),
 * "收支预算较上年减少的主要原因，" (烟台), "减少的主要原因是" (湖州), "增长主要是由于". Group 1: the word.
 */
export const REASON_OF_CHANGE = new RegExp(
  `(${EITHER_WAY.source}|${CHANGE_WORD.steady.source})的?(?:主要)?(?:原因|是由于|是因为|由于)`,
);

/** The words of a change just before its figure: "比上年增加", "压减". */
export const CHANGE_BEFORE = new RegExp(`(?:${EITHER_WAY.source})+\\s*$`);
/** A change's word saying it went up… */
export const UP_WORD = CHANGE_WORD.up;
/** …or down. */
export const DOWN_WORD = CHANGE_WORD.down;
/** A change's word at the end of the words naming its subject: "基本支出减少". */
export const CHANGE_WORD_END = new RegExp(`(?:${EITHER_WAY.source})+$`);
/** "主要是减少人员经费支出 8.86 万元": the verb before the figure it changes, and what it changes. */
export const VERB_FIRST = /(?:^|[，,；;：:])(?:主要是|主要为|其中)?(增加|减少)([^，,。；;：:\d]{2,16})$/;
/** The percentage right after a change's figure, with its own word: "，增长 5.5%", "，降低5.99%". */
export const PERCENT_AFTER = new RegExp(`^[，,]?\\s*(${EITHER_WAY.source})\\s*(-?\\d+(?:\\.\\d+)?)\\s*[%％]`);
/** "与2023年预算58.90万元相比": the prior figure a change is measured from, before it. */
export const PRIOR_COMPARED = /与\d{4}年(?:度)?(?:预算)?数?(\d[\d,]*(?:\.\d+)?)万元相比/g;
/** The words a change is measured from ("比上年", "较2025年", "与…"), and all after them. */
export const COMPARED_FROM = /(?:比|较|与).*$/;
/** A change naming no subject of its own: "本年预算数比上年减少 …" speaks of the figure before it. */
export const NO_OWN_SUBJECT = /^(?:本年|当年|本年度|今年)?(?:预算)?$/;
/** The text before a figure ending in a year it is compared with: "与2023年预算 58.90 万元相比". */
export const COMPARED_WITH_YEAR = /与\s*\d{4}\s*年[^，,；;。]*$/;
/** A clause opening with what the next figure is measured from: "比上年预算2,920.59万元". */
export const MEASURED_FROM = /^(?:比|较)(?:\d{4}年|上年|上一年|去年)/;

/** The year a change is measured from ("比2025年", "较上年"): not another year the text speaks of. */
export const COMPARED_WITH_ANY_YEAR = /(?:比|较|与|同)(?:上年|上一年|去年|\d{4}年)/g;
/** Words of another year's money: carry-overs, 上年. */
export const ANOTHER_YEAR_WORDS = /结转|结余|上年|上一年|去年/;

/** A change stated only as a percentage: "比2023年预算执行数增加 3.84%". */
export const PERCENT_CHANGE = /比[^，,。；;]*?(增加|减少|增长|下降)\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** Words before a figure of the prior year or of an execution. */
export const PRIOR_WORDS = /执行数|上年|上一年|\d{4}\s*年[^，,]*?预算数?为\s*$/;

/** A share right after a figure: "，占 36.88%". */
export const SHARE_AFTER = /^[，,]?\s*占(?:比)?\s*(\d+(?:\.\d+)?)\s*[%％]/;

/** The words of a final account's completion rate: "完成年初预算的". */
const COMPLETION_WORDS = '完成(?:年初|全年|调整)?预算(?:数)?的';
/** "完成预算的 y%" anywhere in a sentence. */
export const COMPLETION = new RegExp(`${COMPLETION_WORDS}\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`);
/** The rate right after a figure: "，完成年初预算的 95.45%". */
export const RATE_AFTER = new RegExp(`^[，,。]?\\s*${COMPLETION_WORDS}\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`);
/** A sentence opening with the rate and stating no figure of its own before it. */
export const RATE_OPENING = new RegExp(`^${COMPLETION_WORDS}(\\d+(?:\\.\\d+)?)[%％]`);

/** A sentence opening with the whole its shares are of: "本年支出中，". */
export const GROUP_OPENING = /^([^，,：:]{2,20})中[，,：:]/;
/** Text before a figure that opens a list of parts of the figure before it: "其中:", "财政拨款支出预算中,". */
export const OPENS_PARTS = /其中|(?:^|[。\n])[^，,：:；;。\n]{2,20}中[，,：:]/;

/** Words around a label that are not its name: connectives, verbs of budgeting, 共计, 为. */
export const LABEL_NOISE =
  /^(?:[、，,]|其中|主要原因是|主要是|主要包括|包括|为|共计|合计|安排|预算数?为?|总额|以及|和|及|与)+|(?:预算数?|总额|共计|合计|为|安排|共|约|是|达)+$/g;

/** What a section of the 情况说明 is about, by its heading, in the order asked (a 三公 heading first). */
export type SectionTopic = 'three_public' | 'basic' | 'general' | 'spending' | 'fiscal' | 'projects' | 'agency';
export const SECTION_TOPICS: ReadonlyArray<readonly [SectionTopic, RegExp]> = [
  ['three_public', /三公/],
  ['basic', /基本支出/],
  ['general', /一般公共预算/],
  ['fiscal', /财政拨款收支/],
  ['spending', /^(?:\d{4}年)?(?:度)?支出预算|支出预算情况/],
  ['projects', /项目支出/],
  ['agency', /机关运行经费/],
];

/** Words before 收入预算 / 支出预算 that name the whole budget, not an item of it: 本部门, 本单位, 全年. */
export const WHOLE_OWNER = /^(?:本?部门|本?单位|全年|年度|本年度)$/;
/** The whole budget's income or spending as a label names it: "收入预算总计", "本部门支出预算". */
export const WHOLE_LABEL = /^(.*?)(收入预算|预算收入|支出预算|预算支出)(?:总计|总额)?$/;
/** Both sides at once: "收支总计", "收支总预算". */
export const BOTH_LABEL = /^(.*?)收支(?:总计|总预算|预算总计|总额)$/;

/** What may name the department before its 三公 total: 本部门, 长沙市信访局, then 财政拨款安排 (广州: 本部门财政拨款安排三公经费). */
export const THREE_PUBLIC_WHOLE = /^(.*?)(?:通过)?(?:一般公共预算)?(?:财政拨款)?(?:安排)?三公经费(?:预算数?)?$/;

/**
 * A numbered paragraph about the 三公 under a heading about something else (长沙: “八、其他重要事项的情况说明”
 * … “（二）“三公”经费预算：…其中，公务接待费 3.00 万元”): its figures are the 三公 table's.
 */
export const THREE_PUBLIC_LEAD = /^[（(][一二三四五六七八九十\d]+[）)][^：:，,。]*三公[^：:，,。]*[：:]/;

/**
 * A Chinese-numbered heading the text layer ran on into what follows it (湖州 sets a heading over the
 * full width, so it reads as a wrapped line): "（二）关于…收入预算情况说明湖州市…2026 年收入预算…",
 * "二、2026 年…部门预算安排情况说明（一）关于…". The heading ends at its title word 说明, no punctuation
 * before it, with the table it points to (杭州: "（六）…情况说明(详见表6) 2026 年…"); what runs on is the next
 * heading's number, a list's "1.", or words going on past a title's last word ("…的说明情况" is one title).
 * Group 1: the heading.
 */
export const HEADING_RUN_ON =
  /^((?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])[^，,。；;：:！!？?]{2,40}?说明(?:[(（]详见[^()（）]{1,12}[)）])?)(?=\s*(?:[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．]\D|[\u4e00-\u9fff\d][^，,。；;：:！!？?]{5}))(?!\s*如下)/;

/** A section on the budget as a whole (部门收支总体情况, 收支预算总体情况), not on one fund or one kind of spending. */
export const WHOLE_BUDGET_HEADING = /收支总体|收支预算总|预算收支总|收支预算情况|收入预算|支出预算/;
export const ONE_PART_HEADING = /财政拨款|一般公共|基金|国有资本|三公|项目|基本支出|采购|机关运行/;

/**
 * This year's income, not what last year carried over: a figure labelled 本年…收入 (苏州: 本年一般公共预算收入),
 * and the whole a list of this year's sources opens with (北京: （一）本年财政拨款收入, 苏州: 1．本年收入合计).
 */
export const THIS_YEAR_INCOME = /^(?:本年|当年)度?\S*(?:收入|资金)/;
/** A label naming an income source, one of the parts such a list gives (一般公共预算拨款收入, 财政专户管理资金). */
export const INCOME_SOURCE = /收入|资金|拨款/;
