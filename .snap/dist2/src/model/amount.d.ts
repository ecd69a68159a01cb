import type { Amount, MoneyUnit } from './types.js';
export declare function parseAmount(text: string): Amount | null;
export declare function isAmountText(text: string): boolean;
/** Money as tables print it: an amount with decimals or thousands separators (a code, a 序号 or a count is neither). */
export declare function isMoneyText(text: string): boolean;
/** The amount rescaled to `scale` decimals (only upward: never loses digits). */
export declare function atScale(amount: Amount, scale: number): bigint;
/** Decimal string with exactly `scale` decimals, e.g. formatScaled(1623954n, 2) = "16239.54". */
export declare function formatScaled(scaled: bigint, scale: number): string;
/** The amount as a plain decimal string in its printed precision, without thousands separators. */
export declare function formatAmount(amount: Amount): string;
export declare function isZero(amount: Amount): boolean;
/** Sum of amounts at the largest scale among them. */
export declare function sumAmounts(amounts: Amount[]): {
    scaled: bigint;
    scale: number;
};
/** The same money in another unit, exactly: 万元 → 元 multiplies by 10,000, 元 → 万元 adds four decimals. */
export declare function convertUnit(amount: Amount, from: MoneyUnit, to: MoneyUnit): Amount;
/**
 * The amount rounded to `scale` decimals, half away from zero (0.005 → 0.01): the one rounding the
 * checker allows for and the writer prints with.
 */
export declare function roundToScale(amount: Amount, scale: number): bigint;
export declare function amountEquals(a: Amount, b: Amount): boolean;
