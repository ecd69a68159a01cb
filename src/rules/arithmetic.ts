import { atScale, formatScaled } from '../model/amount.js';
import type { Amount } from '../model/types.js';

/** Sums and comparisons of printed amounts at their common printed precision. */
export interface Comparison {
  expected: string;
  actual: string;
  difference: string;
  /** Within one unit of the last printed digit per summed term: a rounding note, not an error. */
  rounding: boolean;
  equal: boolean;
}

export function scaleOf(amounts: Array<Amount | undefined>): number {
  return Math.max(0, ...amounts.filter((a): a is Amount => a !== undefined).map((a) => a.scale));
}

export function valueAt(amount: Amount | undefined, scale: number): bigint {
  return amount ? atScale(amount, scale) : 0n;
}

/** Compare a printed total with the sum of its printed parts. */
export function compareSum(total: Amount | undefined, parts: Array<Amount | undefined>): Comparison {
  const scale = scaleOf([total, ...parts]);
  const expected = parts.reduce((s, p) => s + valueAt(p, scale), 0n);
  const actual = valueAt(total, scale);
  const diff = actual - expected;
  const abs = diff < 0n ? -diff : diff;
  const terms = BigInt(Math.max(1, parts.filter((p) => p !== undefined).length));
  return {
    expected: formatScaled(expected, scale),
    actual: formatScaled(actual, scale),
    difference: formatScaled(diff, scale),
    equal: diff === 0n,
    rounding: diff !== 0n && abs <= terms,
  };
}

export function formatValue(amount: Amount | undefined, scale: number): string {
  return formatScaled(valueAt(amount, scale), scale);
}
