/**
 * A whole stated with its change, then its parts each with theirs, the parts' amounts adding up to the
 * whole's (上海 2026 单位预算 “三公”经费预算情况说明; 财政拨款支出预算中, 一般公共预算… ; 政府性基金…): the
 * list is complete, so the parts' changes (持平 = 0) add up to the whole's. Parts printed in a parenthesis
 * right after the whole (广州 2026: 公务用车购置及运行维护费 (购置费…；运行维护费…) 比上年…) are its list by the
 * parenthesis, complete when their amounts add up to it.
 */
import { atScale } from '../model/amount.js';
import { compact } from '../model/names.js';
import type { AmountClaim, ChangeClaim, Claims } from '../narrative/claims.js';
import { OPENS_PARTS } from '../recognize/narrative-vocabulary.js';
import { type ChangeSum, isStatedChange, sumOf } from './change-sums.js';

const opensParts = (c: AmountClaim | undefined) => c !== undefined && OPENS_PARTS.test(compact(c.lead ?? ''));

/** The change each figure is stated with, when the change directly follows it in its sentence ("109.14万元,比2025年预算增加4.14万元"). */
function changesOf(changes: ChangeClaim[]): Map<AmountClaim, ChangeClaim | null> {
  const of = new Map<AmountClaim, ChangeClaim | null>();
  for (const c of changes) {
    if (!isStatedChange(c) || c.named || !c.subject || c.subject.sentence !== c.sentence) continue;
    // A figure given two changes is left out: which one is its own cannot be told.
    of.set(c.subject, of.has(c.subject) ? null : c);
  }
  return of;
}

/** Figures whose amounts, taken in order, add up to `target` (a part's own 其中-list skipped); null when they do not. */
function partsAdding(list: AmountClaim[], start: number, target: AmountClaim): AmountClaim[] | null {
  const parts: AmountClaim[] = [];
  let i = start;
  while (i < list.length && !ties([target], parts, 'reached')) {
    const part = list[i] as AmountClaim;
    i++;
    // A part's own parts, in the parenthesis after it, are not the whole's.
    if (part.enclosedBy !== target.enclosedBy) continue;
    parts.push(part);
    const next = list[i];
    if (opensParts(next)) {
      const own = prefixAdding(list, i, part);
      if (own) i += own;
    }
  }
  return parts.length >= 2 && ties([target], parts, 'equal') ? parts : null;
}

/** How many figures from `start` add up to `whole` (two or more), or 0. */
function prefixAdding(list: AmountClaim[], start: number, whole: AmountClaim): number {
  const parts: AmountClaim[] = [];
  for (let i = start; i < list.length && !ties([whole], parts, 'reached'); i++) parts.push(list[i] as AmountClaim);
  return parts.length >= 2 && ties([whole], parts, 'equal') ? parts.length : 0;
}

/** The parts' amounts against the whole's, within the rounding of every printed figure. */
function ties(whole: AmountClaim[], parts: AmountClaim[], how: 'equal' | 'reached'): boolean {
  const all = [...whole, ...parts];
  const scale = Math.max(...all.map((c) => c.amount.scale));
  const tolerance = all.reduce((n, c) => n + 10n ** BigInt(scale - c.amount.scale), 0n) / 2n;
  const target = whole.reduce((n, c) => n + atScale(c.amount, scale), 0n);
  const sum = parts.reduce((n, c) => n + atScale(c.amount, scale), 0n);
  return how === 'equal' ? sum - target >= -tolerance && sum - target <= tolerance : sum >= target - tolerance;
}

/** The parts' changes, when each part is 持平 or has its own change, not both (a change bound to the wrong figure). */
function changesOfParts(parts: AmountClaim[], of: Map<AmountClaim, ChangeClaim | null>): ChangeClaim[] | null {
  if (!parts.every((p) => (p.steady === true) !== Boolean(of.get(p)))) return null;
  return parts.map((p) => of.get(p)).filter((c): c is ChangeClaim => Boolean(c));
}

/** Every whole with a stated change whose parts, listed after it, add up to it and each state a change or 持平. */
export function partSums(claims: Claims): ChangeSum[] {
  const of = changesOf(claims.changes);
  const bySection = new Map<AmountClaim['section'], AmountClaim[]>();
  for (const a of claims.amounts) bySection.set(a.section, [...(bySection.get(a.section) ?? []), a]);
  const out: ChangeSum[] = [];
  for (const list of bySection.values()) {
    list.forEach((whole, w) => {
      const change = of.get(whole);
      if (!change) return;
      // Parts printed in a parenthesis right after the whole are its list, complete when their amounts tie.
      const enclosed = list.filter((a) => a.enclosedBy === whole);
      if (enclosed.length >= 2) {
        const changed = changesOfParts(enclosed, of);
        if (changed) out.push(sumOf(change, changed, ties([whole], enclosed, 'equal')));
        return;
      }
      const parts = opensParts(list[w + 1]) ? partsAdding(list, w + 1, whole) : null;
      const changed = parts ? changesOfParts(parts, of) : null;
      if (changed) out.push(sumOf(change, changed, true));
    });
  }
  return out;
}
