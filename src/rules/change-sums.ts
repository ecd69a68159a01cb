/**
 * A change of a whole stated with the changes of its parts, which then add up to it.
 *
 * - In one clause (重庆 气象局 2026: "支出比 2025 年增加 2,515.39 万元，主要是基本支出增加 1,252.5 万元，
 *   项目支出增加 1,262.89 万元"): a list of the main reasons may leave parts out, so a sum that misses
 *   is no finding by itself; but when it misses and turning exactly one direction word (增加 ↔ 减少)
 *   makes it add up, that word contradicts the others.
 * - As figures whose amounts add up to the whole's (上海 数据局 2026 “三公”经费: "预算数为143.14万元,比2025年
 *   预算减少20.36万元。其中:(一)因公出国(境)费109.14万元,比2025年预算增加4.14万元 …(三)公务接待费20.00万元,
 *   与2025年预算持平"): the amounts tie, so the list is complete and the changes must add up too
 *   (持平 is a change of 0). See part-sums.ts.
 */
import { amountEquals, atScale, formatScaled } from '../model/amount.js';
import { compact } from '../model/names.js';
import type { ChangeClaim } from '../narrative/claims.js';
import { comparable, reasonNames } from '../narrative/reasons.js';
import { directionOf, REASON_OF_CHANGE } from '../recognize/narrative-vocabulary.js';

export interface ChangeSum {
  whole: ChangeClaim;
  /** The parts stated with a change (parts said to be 持平 add 0). */
  parts: ChangeClaim[];
  /** The parts' amounts add up to the whole's: every part is listed, so a sum that misses is an error. */
  complete?: boolean;
  /** The signed changes add up, within the rounding of the printed figures. */
  agrees: boolean;
  /** The one change whose direction, turned, makes the sum agree (absent when none or several would). */
  flipped?: ChangeClaim;
  /** The parts' signed changes added, and the whole's signed change, at the finest scale printed. */
  sum: string;
  target: string;
}

/** The clause of its sentence a change is in: sentences split at ；. */
const clauseOf = (c: ChangeClaim) => (c.sentence.slice(0, c.at).match(/[；;]/g) ?? []).length;

/** A change stated as a figure, with one direction. */
export const isStatedChange = (c: ChangeClaim) => c.at !== undefined && c.changeStated && c.direction !== 0 && !c.contradictory;

/** Changes stated as figures, grouped by the clause they are in, in the order stated. */
function clauses(changes: ChangeClaim[]): ChangeClaim[][] {
  const groups = new Map<string, ChangeClaim[]>();
  const keys = new Map<ChangeClaim['section'], number>();
  for (const c of changes) {
    if (!isStatedChange(c)) continue;
    const section = keys.get(c.section) ?? keys.size;
    keys.set(c.section, section);
    const key = `${section}|${c.sentence}|${clauseOf(c)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()];
}

/**
 * A clause giving the reasons of a change stated before (上海 文旅局执法总队 2026: "财政拨款收入支出增加的主要原因是:
 * 人员经费增加187万元,公用经费减少13万元,项目经费减少105万元"): what it names as changing, and which way.
 */
const REASONS_OF = new RegExp(`(?:^|[，,；;。])([^，,；;。：:]{2,24}?)${REASON_OF_CHANGE.source}(?:是|为|主要是|包括)?[：:]?$`);

/** The reasons clause the change opens the list of, if it does: the text before it up to its own item. */
const reasonsOf = (first: ChangeClaim) =>
  REASONS_OF.exec(compact(first.sentence.slice(0, first.at)).replace(/[^，,；;。：:]*$/, ''));

/** The change stated before a reasons clause that it names: every earlier change so named agrees, the last of them. */
function changeNamed(changes: ChangeClaim[], first: ChangeClaim): ChangeClaim | null {
  const named = reasonsOf(first);
  if (!named) return null;
  // "收入支出" names the income and the spending, each stated with the same change.
  const names = reasonNames(named[1] as string);
  const direction = directionOf(named[2] as string);
  const earlier = changes
    .slice(0, changes.indexOf(first))
    .filter((c) => c.section === first.section && c.sentence !== first.sentence && isStatedChange(c));
  const matching = earlier.filter((c) => names.includes(comparable(c.label)));
  const last = matching[matching.length - 1];
  if (!last || last.direction !== direction) return null;
  const same = (c: ChangeClaim) => c.direction === last.direction && amountEquals(c.change, last.change);
  return matching.every(same) ? last : null;
}

/** Every clause stating a whole's change and at least two parts' changes after it, or naming the whole's change stated before. */
export function changeSums(changes: ChangeClaim[]): ChangeSum[] {
  const out: ChangeSum[] = [];
  for (const clause of clauses(changes)) {
    const first = clause[0];
    if (!first) continue;
    const reasons = reasonsOf(first) ? changeNamed(changes, first) : undefined;
    if (reasons === null) continue; // a list of reasons of a change not found: no whole in the clause
    const [whole, ...parts] = reasons ? [reasons, ...clause] : clause;
    if (whole && parts.length >= 2) out.push(sumOf(whole, parts));
  }
  return out;
}

/** Whether the parts' signed changes add up to the whole's, and which one word turned would make them. */
export function sumOf(whole: ChangeClaim, parts: ChangeClaim[], complete = false): ChangeSum {
  const terms = [whole, ...parts];
  const scale = Math.max(...terms.map((t) => t.change.scale));
  const signed = (t: ChangeClaim) => atScale(t.change, scale) * BigInt(t.direction);
  // Each printed figure is within half its last unit: the sum may miss by as much as they add to.
  const tolerance = terms.reduce((n, t) => n + 10n ** BigInt(scale - t.change.scale), 0n) / 2n;
  const within = (v: bigint) => v >= -tolerance && v <= tolerance;
  const sum = parts.reduce((n, p) => n + signed(p), 0n);
  const miss = sum - signed(whole);
  const agrees = within(miss);
  // Turning a part's word moves the sum by twice its change; turning the whole's moves the target.
  const fits = agrees ? [] : terms.filter((t) => within(t === whole ? miss + 2n * signed(t) : miss - 2n * signed(t)));
  return {
    whole,
    parts,
    ...(complete ? { complete } : {}),
    agrees,
    sum: formatScaled(sum, scale),
    target: formatScaled(signed(whole), scale),
    ...(fits.length === 1 ? { flipped: fits[0] as ChangeClaim } : {}),
  };
}
