import { parseAmount } from '../model/amount.js';
import { compact, stripNumbering } from '../model/names.js';
import type { Amount, NarrativeSection } from '../model/types.js';
import { AMOUNT_IN_TEXT, RATE_AFTER, RATE_OPENING } from '../recognize/narrative-vocabulary.js';

/**
 * A template's alternatives ("决算数大于（小于）预算数") match no comparison: the word must stand
 * right after 决算数, and the wording rule reports the alternatives.
 *
 * A final account restates each item as "年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%。
 * 决算数大于（小于/等于）年初预算数的主要原因是…": the budget, the outturn, the completion rate and
 * the word comparing them, each of which must agree with the others.
 */
export interface OutturnClaim {
  budget: Amount;
  outturn: Amount;
  /** The completion rate as printed ("95.45"), or null. */
  rate: string | null;
  /** What the text says of the outturn against the budget, or null when it says nothing. */
  comparison: { says: 'gt' | 'lt' | 'eq'; text: string } | null;
  /**
   * The item the figures are of: the 类/款/项 names its paragraph opens with ("1、社会保障和就业支出（类）
   * 行政事业单位养老支出（款）行政单位离退休（项）。…年初预算为 54.53 万元"), or its section's heading
   * ("（一）一般公共服务支出（类）"), in that order; null when its paragraph names none.
   */
  path: string[] | null;
  /** The words of the budget's clause before 年初预算 ("一般公共预算财政拨款支出"), the whole's name when no path. */
  subject: string;
  /** The budget as the text names it: 年初 or 全年/调整 (the table's budget or adjusted-budget column). */
  budgetKind: 'budget' | 'adjusted_budget';
  section: NarrativeSection;
  sentence: string;
}

/**
 * A 功能分类 path as a paragraph or heading opens with it: the 类, then its 款 and 项 when printed
 * ("社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)"), in compact form.
 */
const PATH_OPENING = /^([^()，,。:：;；、\d]{2,30})\(类\)(?:([^()，,。:：;；]{2,30})\(款\)(?:([^()，,。:：;；]{2,30})\(项\))?)?/;

/** What may follow a paragraph's path: its end, what the item is used for, or its budget. */
const AFTER_PATH = /^[”"]?(?:[。:：;；]|$|[，,]?(?:主要用于|年初预算|全年预算|调整预算))/;

/**
 * The path a text opens with, after its numbering, when the path is the paragraph's subject (a
 * heading, or followed by what it was used for or its budget): "城乡社区支出（类）未完成年初预期" is a
 * reason, not a paragraph's subject.
 */
export function pathOpening(text: string): string[] | null {
  const opening = stripNumbering(compact(text)).replace(/^[“"]/, '');
  const m = PATH_OPENING.exec(opening);
  if (!m || !AFTER_PATH.test(opening.slice(m[0].length))) return null;
  return [m[1], m[2], m[3]].filter((n): n is string => n !== undefined);
}

/** A figure named as the budget ("年初预算为", "全年预算数") — not the outturn, not a prior year's. */
const BUDGET_BEFORE = /(?:年初|全年|调整)?预算(?:数)?(?:为|是|数为)?$/;
const OUTTURN_BEFORE = /决算(?:数)?(?:为|是|数为)?$/;
/** "决算数小于预算数", "决算数高于年初预算", "决算数同预算数持平", "决算数与年初预算一致". */
const COMPARISON =
  /决算(?:数)?(大于|高于|超过|多于|小于|低于|少于|等于)(?:年初|全年|调整)?预算|决算(?:数)?[同与和跟](?:年初|全年|调整)?预算(?:数)?(?:基本)?(持平|一致|相等|相同)/g;

/** The comparisons a sentence states, where they stand in it. */
function comparisonsIn(sentence: string): Array<{ at: number; says: 'gt' | 'lt' | 'eq'; text: string }> {
  const found: Array<{ at: number; says: 'gt' | 'lt' | 'eq'; text: string }> = [];
  for (const m of sentence.matchAll(COMPARISON)) {
    const word = (m[1] ?? m[2]) as string;
    const at = m.index ?? 0;
    const says = /持平|一致|相等|相同|等于/.test(word) ? 'eq' : /大于|高于|超过|多于/.test(word) ? 'gt' : 'lt';
    found.push({ at, says, text: m[0] });
  }
  return found;
}

/**
 * Sentences in compact form (NFKC, no spaces), so positions and patterns agree; a line opening with
 * a number (1、, （一）) opens a paragraph, whatever the line before ends with.
 */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=。)|\n(?=\s*(?:\d{1,2}[、.．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]))/)
    .map(compact)
    .filter((s) => s !== '');
}

const cache = new WeakMap<NarrativeSection[], OutturnClaim[]>();

/** The amounts of a sentence with the words of their own clause before them. */
function amountsIn(sentence: string): Array<{ at: number; end: number; before: string; amount: Amount }> {
  const found: Array<{ at: number; end: number; before: string; amount: Amount }> = [];
  let cursor = 0;
  for (const match of sentence.matchAll(AMOUNT_IN_TEXT)) {
    const at = match.index ?? 0;
    const before =
      sentence
        .slice(cursor, at)
        .split(/[,;:，；：]/)
        .pop() ?? '';
    cursor = at + match[0].length;
    const amount = parseAmount(match[1] as string);
    if (amount) found.push({ at, end: cursor, before, amount });
  }
  return found;
}

/** Every budget-and-outturn pair the narrative states, with its rate and comparison word. */
export function readOutturns(sections: NarrativeSection[]): OutturnClaim[] {
  const cached = cache.get(sections);
  if (cached) return cached;
  const claims: OutturnClaim[] = [];
  for (const section of sections) {
    // The last pair stated: a comparison after it, in this or a later sentence, speaks of it.
    let open: OutturnClaim | null = null;
    let budget: { amount: Amount; before: string } | null = null;
    // The path of the paragraph being read; the heading's serves the section's first pair only.
    let path = pathOpening(section.heading);
    let previous: string | null = null;
    for (const sentence of sentencesOf(section.text)) {
      // "年初预算为 0.88 万元，支出决算为 0.88 万元。完成年初预算的 100.00%。": a sentence that is only
      // the rate completes the pair the sentence before it closed.
      const rateFirst = RATE_OPENING.exec(sentence);
      if (rateFirst && open && open.sentence === previous && open.rate === null) open.rate = rateFirst[1] as string;
      previous = sentence;
      path = pathOpening(sentence) ?? path;
      const events = [
        ...amountsIn(sentence).map((a) => ({ ...a, comparison: null })),
        ...comparisonsIn(sentence).map((c) => ({ at: c.at, end: c.at, before: '', amount: null, comparison: c })),
      ].sort((a, b) => a.at - b.at);
      for (const event of events) {
        if (event.comparison) {
          if (open && !open.comparison) open.comparison = { says: event.comparison.says, text: event.comparison.text };
        } else if (event.amount && OUTTURN_BEFORE.test(event.before) && budget) {
          const rate = RATE_AFTER.exec(sentence.slice(event.end))?.[1] ?? null;
          open = {
            budget: budget.amount,
            outturn: event.amount,
            rate,
            comparison: null,
            path,
            subject: budget.before.replace(BUDGET_BEFORE, ''),
            budgetKind: /全年|调整/.test(budget.before) ? 'adjusted_budget' : 'budget',
            section,
            sentence,
          };
          claims.push(open);
          budget = null;
          path = null;
        } else if (event.amount && BUDGET_BEFORE.test(event.before) && !/决算|上年|\d{4}年/.test(event.before)) {
          budget = { amount: event.amount, before: event.before };
        }
      }
    }
  }
  cache.set(sections, claims);
  return claims;
}
