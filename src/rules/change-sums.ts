/**
 * A change of a whole followed, in the same clause, by the changes of its parts (重庆 气象局 2026:
 * "支出比 2025 年增加 2,515.39 万元，主要是基本支出增加 1,252.5 万元，项目支出增加 1,262.89 万元"):
 * when the list is complete the parts' changes add up to the whole's. A list of the main reasons may
 * leave parts out, so a sum that misses is no finding by itself; but when it misses and turning
 * exactly one direction word (增加 ↔ 减少) makes it add up, that word contradicts the others.
 */
import { atScale, formatScaled } from '../model/amount.js';
import type { ChangeClaim } from '../narrative/claims.js';

/** A direction word and the one saying the other way. */
export const OPPOSITE_WORD: Record<string, string> = { 增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长' };

export interface ChangeSum {
  whole: ChangeClaim;
  parts: ChangeClaim[];
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

/** Changes stated as figures, grouped by the clause they are in, in the order stated. */
function clauses(changes: ChangeClaim[]): ChangeClaim[][] {
  const groups = new Map<string, ChangeClaim[]>();
  const keys = new Map<ChangeClaim['section'], number>();
  for (const c of changes) {
    if (c.at === undefined || !c.changeStated || c.direction === 0 || c.contradictory) continue;
    const section = keys.get(c.section) ?? keys.size;
    keys.set(c.section, section);
    const key = `${section}|${c.sentence}|${clauseOf(c)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()];
}

/** Every clause stating a whole's change and at least two parts' changes after it. */
export function changeSums(changes: ChangeClaim[]): ChangeSum[] {
  const out: ChangeSum[] = [];
  for (const [whole, ...parts] of clauses(changes)) {
    if (!whole || parts.length < 2) continue;
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
    out.push({
      whole,
      parts,
      agrees,
      sum: formatScaled(sum, scale),
      target: formatScaled(signed(whole), scale),
      ...(fits.length === 1 ? { flipped: fits[0] as ChangeClaim } : {}),
    });
  }
  return out;
}
