/**
 * Money in query answers: exact, converted to one unit (万元) so that documents printed in 元 and in
 * 万元 compare, kept at the decimals the documents printed (at least two), never a float.
 */
import { atScale, convertUnit, formatScaled, parseAmount } from './amount.js';
import type { Amount, MoneyUnit } from './types.js';

/** The unit every comparison answers in. */
export const ANSWER_UNIT: MoneyUnit = '万元';

/** A decimal as the engines answer it (ASCII digits, `-`, one `.`). */
const STORED_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * The decimal text an engine answers, read without the normalisation a printed amount needs
 * (parseAmount: full-width digits, separators, parentheses); the same amount parseAmount gives.
 * A comparison reads thousands of them (149 departments side by side, a code across the store).
 */
function storedDecimal(text: string): Amount | null {
  const match = STORED_DECIMAL.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  const magnitude = BigInt(whole + fraction);
  return { raw: text, scaled: sign ? -magnitude : magnitude, scale: fraction.length };
}

/**
 * A stored cell (a DECIMAL(20,6) as text, and the decimals the document printed) as an amount in
 * 万元; null for a blank cell or a cell that holds words.
 */
export function storedAmount(decimal: unknown, printedScale: unknown, unit: unknown): Amount | null {
  if (decimal === null || decimal === undefined) return null;
  const text = String(decimal);
  const stored = storedDecimal(text) ?? parseAmount(text);
  if (!stored) return null;
  // The store keeps six decimals; the document printed `printedScale` of them, the rest are zeros.
  const scale =
    typeof printedScale === 'number' && printedScale >= 0 && printedScale <= stored.scale ? printedScale : stored.scale;
  const divisor = 10n ** BigInt(stored.scale - scale);
  const amount: Amount = { raw: String(decimal), scaled: stored.scaled / divisor, scale };
  return convertUnit(amount, unit === '元' ? '元' : '万元', ANSWER_UNIT);
}

/**
 * Decimal text with two decimals, more only where they are not zeros: 1234.5 万元 prints as
 * 1234.50, 195,774,300 元 as 19577.43 万元, 北京's 26661.064552 as it is.
 */
export function money(amount: Amount | null): string | null {
  if (!amount) return null;
  const scale = Math.max(2, amount.scale);
  return formatScaled(atScale(amount, scale), scale).replace(/(\.\d\d\d*?)0+$/, '$1');
}

export interface Change {
  /** later − earlier, exact. */
  amount: string;
  /** The change as a percentage of the earlier figure, two decimals, rounded half away from zero; null from 0. */
  percent: string | null;
}

export function change(earlier: Amount | null, later: Amount | null): Change | null {
  if (!earlier || !later) return null;
  const scale = Math.max(2, earlier.scale, later.scale);
  const a = atScale(earlier, scale);
  const b = atScale(later, scale);
  const diff = b - a;
  return { amount: formatScaled(diff, scale), percent: a === 0n ? null : percentOf(diff, a) };
}

/** part / whole × 100 with two decimals, rounded half away from zero, exactly. */
export function percentOf(part: bigint, whole: bigint): string {
  const negative = part < 0n !== whole < 0n && part !== 0n;
  const p = part < 0n ? -part : part;
  const w = whole < 0n ? -whole : whole;
  // Hundredths of a percent: part × 10,000 / whole, rounded.
  const hundredths = (p * 20000n + w) / (2n * w);
  return formatScaled(negative ? -hundredths : hundredths, 2);
}

/** Do two amounts agree at the precision the less precise of them printed (rounded half up)? */
export function agreeAtPrintedPrecision(a: Amount, b: Amount): boolean {
  const scale = Math.min(a.scale, b.scale);
  return roundTo(a, scale) === roundTo(b, scale);
}

function roundTo(amount: Amount, scale: number): bigint {
  if (amount.scale <= scale) return atScale(amount, scale);
  const divisor = 10n ** BigInt(amount.scale - scale);
  const half = divisor / 2n;
  const magnitude = amount.scaled < 0n ? -amount.scaled : amount.scaled;
  const rounded = (magnitude + half) / divisor;
  return amount.scaled < 0n ? -rounded : rounded;
}
