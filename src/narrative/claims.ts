import { amountEquals, atScale, formatScaled, parseAmount } from '../model/amount.js';
import { compact, joinBrokenText, numberingDepth, stripNumbering } from '../model/names.js';
import type { Amount, NarrativeSection } from '../model/types.js';
import {
  AMOUNT_IN_TEXT,
  ANOTHER_YEAR_WORDS,
  CHANGE_BEFORE,
  CHANGE_WORD_END,
  COMPARED_FROM,
  COMPARED_WITH_ANY_YEAR,
  COMPARED_WITH_YEAR,
  COMPLETION,
  DOWN_WORD,
  directionOf,
  GROUP_OPENING,
  LABEL_NOISE,
  MEASURED_FROM,
  NO_OWN_SUBJECT,
  PERCENT_AFTER,
  PERCENT_CHANGE,
  PLACEHOLDER_AMOUNT,
  PRIOR_COMPARED,
  PRIOR_WORDS,
  SHARE_AFTER,
  STEADY_AFTER,
  THRESHOLD_AFTER,
  UP_WORD,
  VERB_FIRST,
} from '../recognize/narrative-vocabulary.js';
import { Brackets } from './brackets.js';

/**
 * The figures the 情况说明 states: amounts with their labels, shares (占 x%) with the whole they
 * are a share of, and year-on-year changes (比上年增加/减少 x 万元, 增长/下降 y%).
 */
export interface AmountClaim {
  label: string;
  amount: Amount;
  /** The text between the figure before it in its sentence and it, as printed: the year or 其中 it is of. */
  before?: string;
  /** The text since the figure before it in its section, across sentences: the "其中:" a list of parts opens with. */
  lead?: string;
  /** The numbered paragraph of its section it is in (0 before the first "1、" or "（一）" opening a sentence). */
  paragraph?: number;
  /**
   * The title its numbered paragraph opens with, when the paragraph opens with words and no figure
   * (北京: "（一）因公出国（境）费用。2026 年预算数 127.74 万元" is under 因公出国（境）费用).
   */
  paragraphHeading?: string;
  section: NarrativeSection;
  sentence: string;
  /** Said to be the same as last year ("公务接待费20.00万元,与2025年预算持平"): a change of 0. */
  steady?: boolean;
  /**
   * The figure whose parenthesis it is printed in, when the parenthesis opens right after that figure
   * ("公务用车购置及运行维护费9.73万元（公务用车购置费0万元，…；公务用车运行维护费9.73万元，…。）"): a part of it.
   */
  enclosedBy?: AmountClaim;
}

export interface ShareClaim extends AmountClaim {
  share: string;
  base: AmountClaim | null;
  /** A final account's "完成预算的 y%": the outturn as a share of the budget. */
  completion?: boolean;
}

export interface ChangeClaim {
  /** The figure that changed: the amount just before, or the whole the sentence began with. */
  subject: AmountClaim | null;
  alternatives: AmountClaim[];
  /** What the clause names as changing when it names something ("基本支出减少 8.93 万元"). */
  label: string;
  /** True when the clause of the change names its subject itself, not by the figure before it. */
  named?: boolean;
  direction: 1 | -1 | 0;
  contradictory: boolean;
  change: Amount;
  percent: string | null;
  /** The percentage's own word, and the way it says the change went ("增加4.88万元，下降0.9%": 下降, -1). */
  percentWord?: string;
  percentDirection?: 1 | -1 | 0;
  prior: Amount | null;
  /** False when the text states only the percentage and both figures: the change is their difference. */
  changeStated: boolean;
  /**
   * The item's figure as its heading states it, when the sentence of the change restates it as
   * another ("…（项）”350.35万元 … 2024年预算安排352.67万元"): the paragraph contradicts itself.
   */
  restates?: AmountClaim;
  section: NarrativeSection;
  sentence: string;
  /** Where the stated change's figure is in its sentence (a change stated as a figure only). */
  at?: number;
}

export interface Claims {
  amounts: AmountClaim[];
  shares: ShareClaim[];
  changes: ChangeClaim[];
}

/** The way a percentage says its change went ("增长-5%" is a fall); 0 for 0%. */
const percentDirection = (m: RegExpExecArray): 1 | -1 | 0 => {
  const value = parseAmount(m[2] as string);
  const sign = value === null || value.scaled === 0n ? 0 : value.scaled > 0n ? 1 : -1;
  return ((directionOf(m[1] as string) ?? 0) * sign) as 1 | -1 | 0;
};

/** The label of an amount: the words just before it, without years, verbs and connectives. */
export function cleanLabel(text: string): string {
  let label = compact(text)
    .replace(/\d{4}年度?/g, '')
    .replace(/[(（]类[)）]/g, '')
    .replace(/^.*[，,：:；;。]/, '')
    // "政府采购工程预算为0、政府采购服务预算 439.51 万元": an item stated without 万元 ends at its 、.
    .replace(/^.*\d[^、\d]*、/, '');
  for (let i = 0; i < 3; i++) label = stripNumbering(label.replace(LABEL_NOISE, ''));
  // "364.17万元（公务用车购置费18万元，…）": a part stated inside brackets opened before it.
  return label.replace(/[“”"]/g, '').replace(/^[(（](?![^()（）]*[)）])/, '');
}

/**
 * The title a numbered sentence opens with: its words up to the first stop, when they hold no figure
 * ("（三）公务用车购置和运行维护费。" → 公务用车购置和运行维护费; "（一）本年财政拨款收入 515,256.66 万元" has none).
 */
function titleOf(sentence: string): string | undefined {
  const title = stripNumbering(compact(sentence)).split(/[。：:，,；;]/)[0] ?? '';
  return title !== '' && !/\d/.test(title) ? title : undefined;
}

/**
 * Sentences end at 。 or a line break: "本年收入中，甲 …；乙 …。" shares one base across its ；. A 。 closing a
 * parenthesis ("…减少0.05万元。）比上年减少0.05万元") ends the words in it, not the sentence around it.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。\n])(?!\s*[)）])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const cache = new WeakMap<NarrativeSection[], Claims>();

/** The claims of a narrative, read once per document (several rules ask for them). */
export function readClaims(sections: NarrativeSection[]): Claims {
  const cached = cache.get(sections);
  if (cached) return cached;
  const claims = parseClaims(sections);
  cache.set(sections, claims);
  return claims;
}

function parseClaims(sections: NarrativeSection[]): Claims {
  const amounts: AmountClaim[] = [];
  const shares: ShareClaim[] = [];
  const changes: ChangeClaim[] = [];
  for (const section of sections) {
    let sectionFirst: AmountClaim | null = null;
    // The first figure left as a placeholder ("支出预算 XXX 万元，其中…占 36.88%"): the whole of the shares
    // after it is unknown, never the next figure stated.
    let sectionUnknown = false;
    let previous: AmountClaim | null = null;
    const seen: AmountClaim[] = [];
    /** Figures stated as a share of something: parts. */
    const parts = new Set<AmountClaim>();
    let previousStated: Stated = [];
    // Justified lines space out every character ("支 出 预 算 9151.31 万 元"): read them joined.
    let paragraph = 0;
    let paragraphHeading: string | undefined;
    let gap = '';
    for (const sentence of sentencesOf(section.text).map(joinBrokenText)) {
      // "（三 ）公务 用车购 置和…" (北京 发改委, a justified line): the numbering with its spaces removed.
      if (numberingDepth(compact(sentence)) !== null) {
        paragraph++;
        paragraphHeading = titleOf(sentence);
      }
      const groupBase = GROUP_OPENING.exec(compact(sentence));
      let sentenceFirst: AmountClaim | null = null;
      let sentenceUnknown = false;
      // A sentence that opens with its change ("本年预算数比上年减少 …") speaks of the figure before it.
      let last: AmountClaim | null = previous;
      let cursor = 0;
      let changed = false;
      // "比 2025 年年初预算数 17278.68 万元减少 8127.37 万元": the figure the change is from.
      let statedPrior: Amount | null = null;
      const stated: Array<{ claim: AmountClaim; before: string; end: number }> = [];
      const brackets = new Brackets();
      for (const match of sentence.matchAll(AMOUNT_IN_TEXT)) {
        const at = match.index ?? 0;
        const before = sentence.slice(cursor, at);
        const lead = gap + before;
        gap = '';
        const amount = parseAmount(match[1] as string);
        cursor = at + match[0].length;
        // "9.73万元（…。）比上年减少0.05万元": after its parenthesis the text speaks of the figure it opened after.
        const reopened = brackets.read(before);
        if (reopened) last = reopened;
        // Until it is read as a claim, the figure is none a parenthesis may list the parts of.
        brackets.figure(null);
        if (!amount) continue;
        if (PLACEHOLDER_AMOUNT.test(before)) {
          sentenceUnknown ||= sentenceFirst === null;
          sectionUnknown ||= sectionFirst === null;
          // The figure just before is unreadable: a change after it is of that figure, never of an earlier one.
          last = null;
        }
        const changeWord = CHANGE_BEFORE.exec(before);
        // "主要是减少人员经费支出 8.86 万元": the verb before the figure it changes.
        const verbFirst = changeWord ? null : VERB_FIRST.exec(compact(before));
        if (changeWord || verbFirst) {
          changed = true;
          const words = changeWord ? changeWord[0] : (verbFirst?.[1] as string);
          const up = UP_WORD.test(words);
          const down = DOWN_WORD.test(words);
          const rest = sentence.slice(cursor, cursor + 20);
          const percentAfter = PERCENT_AFTER.exec(rest);
          const percent = percentAfter?.[2] ?? null;
          const priorMatch = [...compact(sentence.slice(0, at)).matchAll(PRIOR_COMPARED)].pop();
          const clauseWords =
            compact(before)
              .split(/[，,：:；;。]/)
              .pop() ?? '';
          // "。）比上年减少": the "）" of the parenthesis just closed names nothing.
          const clause = reopened ? clauseWords.replace(/^[)）]+/, '') : clauseWords;
          const named = verbFirst
            ? cleanLabel(verbFirst[2] as string)
            : cleanLabel(clause.replace(COMPARED_FROM, '').replace(CHANGE_WORD_END, ''));
          // "本年预算数比上年减少 …" names no subject of its own: the figure before it is the subject.
          const own = NO_OWN_SUBJECT.test(named) ? '' : named;
          // … or the budget as a whole, the section's first figure (长春: 2026年预算比2025年预算增加 50.32 万元).
          const whole = own === '' && !sectionUnknown ? [sectionFirst] : [];
          const opening = sentenceUnknown ? null : sentenceFirst;
          changes.push({
            subject: last,
            alternatives: [last, opening, ...whole].filter((c): c is AmountClaim => c !== null && c !== undefined),
            label: own || last?.label || section.heading,
            named: own !== '',
            direction: up && !down ? 1 : down && !up ? -1 : 0,
            contradictory: up && down,
            change: amount,
            percent,
            ...(percentAfter ? { percentWord: percentAfter[1] as string, percentDirection: percentDirection(percentAfter) } : {}),
            prior: priorMatch ? parseAmount(priorMatch[1] as string) : statedPrior,
            changeStated: true,
            section,
            sentence,
            at,
          });
          statedPrior = null;
          continue;
        }
        // (not "与2025年预算持平;公务用车运行费17.50万元": the clause ends at ；)
        if (COMPARED_WITH_YEAR.test(before)) continue; // "与2023年预算58.90万元相比": the prior figure of a change
        // "比上年预算2,920.59万元，减少878.04万元" (烟台 人社局): the figure the change is measured from.
        if (
          MEASURED_FROM.test(
            compact(before)
              .split(/[，,；;]/)
              .pop() ?? '',
          )
        ) {
          statedPrior = amount;
          continue;
        }
        statedPrior = null;
        // "单价100万元（含）以上设备", "价值50万元（原值）以上", "3000.00万元及以下": a threshold that
        // defines a class, not a figure of the budget.
        if (THRESHOLD_AFTER.test(sentence.slice(cursor, cursor + 12))) continue;
        const claim: AmountClaim = { label: cleanLabel(before), amount, before, lead, paragraph, section, sentence };
        if (paragraphHeading) claim.paragraphHeading = paragraphHeading;
        if (STEADY_AFTER.test(sentence.slice(cursor, cursor + 24))) claim.steady = true;
        amounts.push(claim);
        brackets.figure(claim);
        stated.push({ claim, before, end: cursor });
        const share = SHARE_AFTER.exec(sentence.slice(cursor, cursor + 16));
        if (share) {
          let base: AmountClaim | null = null;
          if (groupBase)
            base =
              [...seen]
                .reverse()
                .find((c) => c.label !== '' && compact(groupBase[1] as string).startsWith(c.label.slice(0, 4))) ?? null;
          // A first figure that is itself a share is a part, not the whole: "其中：甲 9,078.52 万元，占 90.58%；
          // 乙 943.8 万元，占 9.42%" lists parts of the whole the section opened with; a list under a whole
          // it names ("…决算中，甲 占 …") leaves the whole unknown when that name finds no figure.
          const firstIsPart = sentenceFirst !== null && sentenceFirst !== claim && parts.has(sentenceFirst);
          if (!base && firstIsPart) base = !groupBase && sectionFirst !== claim && !sectionUnknown ? sectionFirst : null;
          else if (!base && !sentenceUnknown)
            base =
              sentenceFirst && sentenceFirst !== claim
                ? sentenceFirst
                : sectionFirst !== claim && !sectionUnknown
                  ? sectionFirst
                  : null;
          shares.push({ ...claim, share: share[1] as string, base });
          parts.add(claim);
        }
        sentenceFirst ??= claim;
        sectionFirst ??= claim;
        last = claim;
        previous = claim;
        seen.push(claim);
      }
      gap += sentence.slice(cursor);
      if (sectionFirst === null && PLACEHOLDER_AMOUNT.test(sentence.slice(cursor))) sectionUnknown = true;
      if (!changed) {
        const change = percentOnlyChange(sentence, stated, seen, section);
        if (change) {
          changes.push(change.claim);
          for (const dropped of change.drop) amounts.splice(amounts.indexOf(dropped), 1);
        }
        const completion = completionShare(sentence, stated) ?? completionAfter(sentence, stated, previousStated);
        if (completion) shares.push(completion);
      }
      previousStated = stated;
    }
  }
  return { amounts, shares, changes };
}

type Stated = Array<{ claim: AmountClaim; before: string; end: number }>;

/** The two figures printed just before `index`: the earlier and the later. */
function lastTwoBefore(stated: Stated, index: number) {
  const before = stated.filter((s) => s.end <= index);
  return before.length >= 2 ? { first: before[before.length - 2], second: before[before.length - 1] } : null;
}

/**
 * "2023年当年预算执行数为 711.34 万元，2024年预算安排 738.66 万元，比2023年预算执行数增加 3.84%":
 * the change is only a percentage, between two figures the sentence states. The prior figure is not
 * an amount of this year's budget, and a current figure restating the one before it is not a new claim.
 */
function percentOnlyChange(
  sentence: string,
  stated: Stated,
  seen: AmountClaim[],
  section: NarrativeSection,
): { claim: ChangeClaim; drop: AmountClaim[] } | null {
  const match = PERCENT_CHANGE.exec(sentence);
  const pair = match ? lastTwoBefore(stated, match.index) : null;
  if (!match || !pair?.first || !pair.second || !PRIOR_WORDS.test(compact(pair.first.before))) return null;
  // The earlier figure must be of the earlier year when both name one ("2024年预算数为 C，2023年执行数 P" is the other order).
  const [priorYear, currentYear] = [yearIn(pair.first.before), yearIn(pair.second.before)];
  if (priorYear !== null && currentYear !== null && priorYear >= currentYear) return null;
  const prior = pair.first.claim;
  let current = pair.second.claim;
  const drop = [prior];
  const restated = [...seen].reverse().find((c) => c !== current && c !== prior && c.label !== '');
  // "…（项）”350.35万元 … 2024年预算安排352.67万元": the unnamed current figure is the item's before it.
  let differs: AmountClaim | undefined;
  if (current.label === '' && restated) {
    drop.push(current);
    if (!amountEquals(restated.amount, current.amount)) differs = restated;
    current = differs ? { ...current, label: restated.label } : restated;
  }
  const scale = Math.max(prior.amount.scale, current.amount.scale);
  const diff = atScale(current.amount, scale) - atScale(prior.amount, scale);
  const magnitude = diff < 0n ? -diff : diff;
  const up = UP_WORD.test(match[1] as string);
  return {
    claim: {
      subject: current,
      alternatives: [current],
      label: current.label,
      direction: up ? 1 : -1,
      contradictory: false,
      change: { raw: formatScaled(magnitude, scale), scaled: magnitude, scale },
      percent: match[2] as string,
      prior: prior.amount,
      changeStated: false,
      ...(differs ? { restates: differs } : {}),
      section,
      sentence,
    },
    drop,
  };
}

/** The last year a text names ("2023年当年预算执行数为"), or null. */
function yearIn(text: string): number | null {
  const years = [...compact(text).matchAll(/(\d{4})年/g)];
  return years.length > 0 ? Number(years[years.length - 1]?.[1]) : null;
}

/** "年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%": the outturn as a share of the budget. */
function completionShare(sentence: string, stated: Stated): ShareClaim | null {
  const match = COMPLETION.exec(sentence);
  return match ? completionOf(match, lastTwoBefore(stated, match.index)) : null;
}

/**
 * "年初预算为 0.88 万元，支出决算为 0.88 万元。完成年初预算的 100.00%。" (上海 普陀 规划资源局 2024 决算, item 5):
 * a sentence that opens with the rate is the rate of the two figures the sentence before it ended with.
 */
function completionAfter(sentence: string, stated: Stated, previous: Stated): ShareClaim | null {
  const match = COMPLETION.exec(sentence);
  if (!match || stated.some((s) => s.end <= (match.index ?? 0)) || !/^\s*完成/.test(sentence)) return null;
  return completionOf(match, lastTwoBefore(previous, Number.POSITIVE_INFINITY));
}

function completionOf(match: RegExpExecArray, pair: ReturnType<typeof lastTwoBefore>): ShareClaim | null {
  // The budget first, then the outturn: "决算 A，年初预算 P，完成预算的 y%" is not read.
  if (!match || !pair?.first || !pair.second || !/预算/.test(pair.first.before) || !/决算/.test(pair.second.before)) return null;
  return { ...pair.second.claim, share: match[1] as string, base: pair.first.claim, completion: true };
}

/**
 * Does the text up to a figure speak of another year than the document's, or of a carry-over? "2025年…",
 * "上年…", "上年结转…" are not this year's; the year a change is measured from ("比2025年", "较上年") is.
 */
export function speaksOfAnotherYear(text: string, year: number | null): boolean {
  const t = compact(text).replace(COMPARED_WITH_ANY_YEAR, '');
  if (ANOTHER_YEAR_WORDS.test(t)) return true;
  return [...t.matchAll(/(\d{4})年/g)].some((m) => year === null || Number(m[1]) !== year);
}
