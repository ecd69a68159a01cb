import { amountEquals, parseAmount } from '../model/amount.js';
import { compact, numberingDepth } from '../model/names.js';
import type { Amount, NarrativeSection } from '../model/types.js';
import { AMOUNT_IN_TEXT, THRESHOLD_AFTER } from '../recognize/narrative-vocabulary.js';
import { type AmountClaim, cleanLabel, readClaims, speaksOfAnotherYear } from './claims.js';

/** An item's amount as its heading or its numbered paragraph's opening states it, and a later figure of it in the body. */
export interface ItemRestated {
  label: string;
  /** The figure the heading or the paragraph's opening gives the item. */
  first: Amount;
  /** Where it is given: the section's heading, or the opening sentence of its paragraph. */
  from: 'heading' | 'opening';
  /** The later figure the body gives the same item. */
  later: AmountClaim;
  section: NarrativeSection;
}

/**
 * Labels that name no item of their own: a figure named so is of whatever the text speaks of. A label
 * opening with a verb is the predicate of a subject in another clause: "整体支出纳入绩效目标管理，涉及财政性
 * 资金 4,651.67 万元；7 个项目…，涉及财政性资金合计 339.5 万元" (苏州市审计局 2026 p. 30) are two subjects.
 */
const GENERIC =
  /^(?:支出|收入|预算|本年|当年|合计|总计|小计|年初|全年|资金|经费|金额|其中.*|(?:涉及|用于|主要用于|安排|包括|共|计|达|实现|完成|拨付|下达|支付|使用|投入|争取|节约|压减).*)$/;

/** What a figure is said to be: a budget, an outturn, an executed figure, or (null) nothing said. */
function measure(text: string): 'budget' | 'outturn' | 'executed' | null {
  const t = compact(text);
  if (/决算/.test(t)) return 'outturn';
  if (/执行/.test(t)) return 'executed';
  return /预算/.test(t) ? 'budget' : null;
}

/**
 * The heading's amount ("（三）机关运行经费 120.5万元"): one figure, of this year, not a threshold, with a
 * label of its own.
 */
function headingAmount(section: NarrativeSection, year: number | null): { label: string; amount: Amount; words: string } | null {
  const matches = [...section.heading.matchAll(AMOUNT_IN_TEXT)];
  const [match] = matches;
  if (matches.length !== 1 || !match) return null;
  const at = match.index ?? 0;
  const before = section.heading.slice(0, at);
  const after = section.heading.slice(at + match[0].length);
  if (THRESHOLD_AFTER.test(after) || speaksOfAnotherYear(before, year)) return null;
  const amount = parseAmount(match[1] as string);
  const label = cleanLabel(before);
  return amount && label !== '' && !GENERIC.test(label) ? { label, amount, words: before } : null;
}

/** A later figure that may restate the item: of this year, not a part (其中, 含), said to be what the first is. */
function restates(later: AmountClaim, firstWords: string, year: number | null, finalAccount: boolean): boolean {
  const upTo = later.sentence.slice(0, later.sentence.indexOf(later.before ?? '') + (later.before ?? '').length);
  if (/其中|含|包括|分别/.test(compact(later.before ?? '')) || speaksOfAnotherYear(upTo, year)) return false;
  const [a, b] = [measure(firstWords), measure(later.before ?? '')];
  // A final account states the budget beside the outturn: only figures said to be the same thing compare.
  if (finalAccount ? a !== b : a !== null && b !== null && a !== b) return false;
  return true;
}

/**
 * An item whose numbered paragraph gives it two figures: the heading "（三）机关运行经费 120.5万元" and the
 * body's "机关运行经费预算为125.5万元", or a paragraph opening "1、住房公积金 350.35万元" and restating the
 * same noun phrase with another figure. The labels must be the same noun phrase; thresholds, 其中 parts,
 * other years and changes are not the item's amount.
 */
export function itemRestatements(sections: NarrativeSection[], year: number | null, finalAccount: boolean): ItemRestated[] {
  const found: ItemRestated[] = [];
  const amounts = readClaims(sections).amounts;
  for (const section of sections) {
    const own = amounts.filter((c) => c.section === section);
    const heading = headingAmount(section, year);
    if (heading) {
      const later = own.find(
        (c) =>
          c.label === heading.label && !amountEquals(c.amount, heading.amount) && restates(c, heading.words, year, finalAccount),
      );
      if (later) found.push({ label: heading.label, first: heading.amount, from: 'heading', later, section });
    }
    // The first figure of a numbered paragraph, in the sentence that opens it.
    const openings = own.filter(
      (c, i) => (c.paragraph ?? 0) > 0 && own[i - 1]?.paragraph !== c.paragraph && numberingDepth(c.sentence) !== null,
    );
    for (const opening of openings) {
      if (opening.label === '' || GENERIC.test(opening.label) || speaksOfAnotherYear(opening.before ?? '', year)) continue;
      if (heading && opening.label === heading.label) continue;
      const later = own.find(
        (c) =>
          c !== opening &&
          c.paragraph === opening.paragraph &&
          own.indexOf(c) > own.indexOf(opening) &&
          c.label === opening.label &&
          !amountEquals(c.amount, opening.amount) &&
          restates(c, opening.before ?? '', year, finalAccount),
      );
      if (later) found.push({ label: opening.label, first: opening.amount, from: 'opening', later, section });
    }
  }
  return found;
}
