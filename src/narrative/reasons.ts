/**
 * The reasons a narrative gives for a change, and the way it says the change went: "财政拨款收入支出减少的
 * 主要原因是…" (上海 单位预算), "3.收支预算较上年减少的主要原因，…" (烟台), "减少的主要原因是按照厉行节约
 * 有关要求…" (湖州). A reason belongs to the change it follows: the last change stated before it of what it
 * names, or, when it names nothing, the change just before it with no other direction word between them.
 */
import { compact, joinBrokenText, numberingDepth, stripNumbering } from '../model/names.js';
import type { NarrativeSection } from '../model/types.js';
import { CHANGE_WORD, directionOf, EITHER_WAY, REASON_OF_CHANGE, WORD_BEFORE_FIGURE } from '../recognize/narrative-vocabulary.js';
import { type AmountClaim, type ChangeClaim, type Claims, cleanLabel, sentencesOf } from './claims.js';

/** A change a reason can belong to: a stated change, or a figure said to be 持平. */
export interface StatedDirection {
  label: string;
  direction: 1 | -1 | 0;
  /** The word as printed (增加, 下降, 持平). */
  word: string;
  /** The figure the change is stated as ("156万元", "12.0%"), '' for 持平. */
  figure: string;
  /** The claim it was read as, when it was (a change stated only in words has none). */
  claim?: ChangeClaim | AmountClaim;
}

export interface ReasonClaim {
  /** The reason's opening as printed ("财政拨款收入支出减少的主要原因"). */
  text: string;
  /** What it names as changing ("财政拨款收入", "财政拨款支出"); empty when it names nothing. */
  names: string[];
  word: string;
  direction: 1 | -1 | 0;
  section: NarrativeSection;
  /** The changes it belongs to (none found: empty). */
  changes: StatedDirection[];
}

const REASONS = new RegExp(REASON_OF_CHANGE.source, 'g');
/** Any word a change is stated with, for looking back from a reason. */
const ANY_WORD = new RegExp(`${EITHER_WAY.source}|${CHANGE_WORD.steady.source}`, 'g');
/** The text up to a direction word states a comparison with last year: "比上年预算数减少", "与2025年预算持平". */
const COMPARED = /(?:比|较|与|同比)[^。；;]{0,40}$/;
/** "收入支出" and "收支" name the income and the spending. */
const BOTH_SIDES = /收入支出|收支/;
/** How many sentences back a reason that names nothing may look for its change. */
const LOOK_BACK = 3;

/** A label as a reason's name is compared with it: no trailing 预算 or 决算, no quotation marks. */
export const comparable = (label: string) =>
  compact(label)
    .replace(/[“”"]/g, '')
    .replace(/(?:预算|决算)数?$/, '');

/** What a reason's opening names: "3.收支预算较上年" → 收入, 支出; "" → nothing. */
export function reasonNames(opening: string): string[] {
  const name = comparable(cleanLabel(compact(opening).replace(/(?:比|较|与|同比).*$/, '')));
  if (name === '') return [];
  return BOTH_SIDES.test(name) ? [name.replace(BOTH_SIDES, '收入'), name.replace(BOTH_SIDES, '支出')] : [name];
}

/** The reason clauses of every section, each with the changes it belongs to. */
export function readReasons(sections: NarrativeSection[], claims: Claims): ReasonClaim[] {
  const out: ReasonClaim[] = [];
  for (const section of sections) {
    const sentences = sentencesOf(section.text).map(joinBrokenText);
    const stated = statedIn(section, sentences, claims);
    sentences.forEach((sentence, i) => {
      for (const m of sentence.matchAll(REASONS)) {
        const at = m.index ?? 0;
        const clauseStart = Math.max(...[...'，,；;。：:'].map((p) => sentence.lastIndexOf(p, at - 1))) + 1;
        const word = m[1] as string;
        const direction = directionOf(word);
        if (direction === null) continue;
        const names = reasonNames(sentence.slice(clauseStart, at));
        const before = (s: Placed) => s.sentence < i || (s.sentence === i && s.at < clauseStart);
        const changes =
          names.length > 0 ? namedChanges(names, stated.filter(before)) : lastChange(sentences, i, clauseStart, stated);
        out.push({
          text: stripNumbering(compact(sentence.slice(clauseStart, at + m[0].length))),
          names,
          word,
          direction,
          section,
          changes,
        });
      }
    });
  }
  return out;
}

/** A change with where it is: the index of its sentence, and its place in it. */
type Placed = StatedDirection & { sentence: number; at: number };

/** The changes and 持平 figures of a section read as claims, with their places. */
function statedIn(section: NarrativeSection, sentences: string[], claims: Claims): Placed[] {
  const placed: Placed[] = [];
  for (const c of claims.changes) {
    if (c.section !== section || c.direction === 0 || c.contradictory) continue;
    const sentence = sentences.indexOf(c.sentence);
    const word = c.at === undefined ? '' : (WORD_BEFORE_FIGURE.exec(c.sentence.slice(0, c.at))?.[1] ?? '');
    const figure = c.changeStated ? `${c.change.raw} 万元` : `${c.percent ?? ''}%`;
    placed.push({
      label: c.label,
      direction: c.direction,
      word: word || (c.direction > 0 ? '增加' : '减少'),
      figure,
      claim: c,
      sentence,
      at: c.at ?? 0,
    });
  }
  for (const a of claims.amounts) {
    if (a.section !== section || !a.steady) continue;
    const sentence = sentences.indexOf(a.sentence);
    placed.push({
      label: a.label,
      direction: 0,
      word: '持平',
      figure: '',
      claim: a,
      sentence,
      at: a.sentence.indexOf(a.amount.raw),
    });
  }
  return placed.filter((p) => p.sentence >= 0).sort((a, b) => a.sentence - b.sentence || a.at - b.at);
}

/** For each name, the last change stated before of what it names. */
function namedChanges(names: string[], before: Placed[]): StatedDirection[] {
  const found: StatedDirection[] = [];
  for (const name of names) {
    const last = before.filter((s) => comparable(s.label) === name).pop();
    if (last) found.push(last);
  }
  return found;
}

/**
 * The change a reason naming nothing follows: the last direction word before it, within a few sentences
 * of its paragraph, when that word states a comparison with last year (not "人员增加", itself a reason).
 */
function lastChange(sentences: string[], index: number, end: number, stated: Placed[]): StatedDirection[] {
  for (let i = index; i >= Math.max(0, index - LOOK_BACK); i--) {
    const sentence = sentences[i] as string;
    const text = i === index ? sentence.slice(0, end) : sentence;
    const words = [...text.matchAll(ANY_WORD)];
    const last = words[words.length - 1];
    if (last) {
      const at = last.index ?? 0;
      if (!COMPARED.test(text.slice(0, at))) return [];
      const figure = /^\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|[%％]))/.exec(text.slice(at + last[0].length))?.[1] ?? '';
      const claim = stated.find((s) => s.sentence === i && s.at > at && s.at <= at + last[0].length + 3);
      return [
        {
          ...(claim ?? { label: '' }),
          word: last[0],
          direction: directionOf(last[0]) ?? 0,
          figure: figure.replace(/\s*万元/, ' 万元'),
        },
      ];
    }
    // A reason does not reach back across the opening of a numbered paragraph.
    if (numberingDepth(sentence) !== null) return [];
  }
  return [];
}

/**
 * The reasons with the changes they belong to that went another way than the reason says: a reason naming
 * 收入 and 支出 speaks of each, so either one turned contradicts it.
 */
export function contradictedReasons(sections: NarrativeSection[], claims: Claims): ReasonClaim[] {
  return readReasons(sections, claims)
    .map((r) => ({ ...r, changes: r.changes.filter((c) => c.direction !== r.direction) }))
    .filter((r) => r.changes.length > 0);
}
