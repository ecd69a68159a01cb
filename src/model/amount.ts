import { nfkc } from './names.js';
import type { Amount, MoneyUnit } from './types.js';

/**
 * Amount text as it appears in disclosures: "16239.54", "1,633,000", "-12.50", "（12.50）",
 * "0", full-width digits. Returns null for anything else (empty, "-", words). A spreadsheet format
 * may group only the last digits ("120258,600" for 120,258,600 元, 上海市职业能力考试院): every
 * comma still stands before three digits.
 */
const AMOUNT_PATTERN = /^([-−]?)(\d+(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

const MAY_BE_AMOUNT = /^\s*[-−(（\d０-９]/;

export function parseAmount(text: string): Amount | null {
  if (!MAY_BE_AMOUNT.test(text)) return null;
  const raw = text.trim();
  let body = nfkc(raw).replace(/\s+/g, '');
  if (body === '') return null;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(body);
  if (paren?.[1] !== undefined) {
    negative = true;
    body = paren[1];
  }
  const match = AMOUNT_PATTERN.exec(body);
  if (!match) return null;
  const [, sign, intPart = '0', fraction = ''] = match;
  if (sign) negative = !negative;
  const digits = intPart.replace(/,/g, '') + fraction;
  const scaled = BigInt(digits) * (negative ? -1n : 1n);
  return { raw, scaled, scale: fraction.length };
}

/** A cell that prints no amount: empty, or only dashes (—, –, -), as tables mark a nil figure. */
export function printsNoAmount(text: string): boolean {
  return text === '' || /^[-—–]+$/.test(text);
}

export function isAmountText(text: string): boolean {
  return parseAmount(text) !== null;
}

/** Money as tables print it: an amount with decimals or thousands separators (a code, a 序号 or a count is neither). */
export function isMoneyText(text: string): boolean {
  const amount = parseAmount(text);
  return amount !== null && (amount.scale > 0 || amount.raw.includes(','));
}

/** The amount rescaled to `scale` decimals (only upward: never loses digits). */
export function atScale(amount: Amount, scale: number): bigint {
  if (scale < amount.scale) throw new RangeError(`cannot rescale ${amount.raw} to ${scale} decimals`);
  return amount.scaled * 10n ** BigInt(scale - amount.scale);
}

/** Decimal string with exactly `scale` decimals, e.g. formatScaled(1623954n, 2) = "16239.54". */
export function formatScaled(scaled: bigint, scale: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(scale + 1, '0');
  const whole = scale === 0 ? digits : digits.slice(0, -scale);
  const fraction = scale === 0 ? '' : `.${digits.slice(-scale)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** The amount as a plain decimal string in its printed precision, without thousands separators. */
export function formatAmount(amount: Amount): string {
  return formatScaled(amount.scaled, amount.scale);
}

export function isZero(amount: Amount): boolean {
  return amount.scaled === 0n;
}

/** Sum of amounts at the largest scale among them. */
export function sumAmounts(amounts: Amount[]): { scaled: bigint; scale: number } {
  const scale = Math.max(0, ...amounts.map((a) => a.scale));
  let total = 0n;
  for (const a of amounts) total += atScale(a, scale);
  return { scaled: total, scale };
}

/** The same money in another unit, exactly: 万元 → 元 multiplies by 10,000, 元 → 万元 adds four decimals. */
export function convertUnit(amount: Amount, from: MoneyUnit, to: MoneyUnit): Amount {
  if (from === to) return amount;
  return from === '万元'
    ? { raw: amount.raw, scaled: amount.scaled * 10000n, scale: amount.scale }
    : { raw: amount.raw, scaled: amount.scaled, scale: amount.scale + 4 };
}

/**
 * The amount rounded to `scale` decimals, half away from zero (0.005 → 0.01): the one rounding the
 * checker allows for and the writer prints with.
 */
export function roundToScale(amount: Amount, scale: number): bigint {
  const drop = amount.scale - scale;
  if (drop <= 0) return amount.scaled * 10n ** BigInt(-drop);
  const unit = 10n ** BigInt(drop);
  const negative = amount.scaled < 0n;
  const abs = negative ? -amount.scaled : amount.scaled;
  const rounded = (abs + unit / 2n) / unit;
  return negative ? -rounded : rounded;
}

export function amountEquals(a: Amount, b: Amount): boolean {
  const scale = Math.max(a.scale, b.scale);
  return atScale(a, scale) === atScale(b, scale);
}
