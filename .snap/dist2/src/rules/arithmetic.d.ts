import type { Amount, MoneyUnit } from '../model/types.js';
/** Sums and comparisons of printed amounts at their common printed precision. */
export interface Comparison {
    expected: string;
    actual: string;
    difference: string;
    /** Within one unit of the last printed digit per summed term: a rounding note, not an error. */
    rounding: boolean;
    equal: boolean;
}
export declare function scaleOf(amounts: Array<Amount | undefined>): number;
export declare function valueAt(amount: Amount | undefined, scale: number): bigint;
/** Compare a printed total with the sum of its printed parts. */
export declare function compareSum(total: Amount | undefined, parts: Array<Amount | undefined>): Comparison;
/** The exact sum of the printed amounts, at the finest precision among them; undefined when none is printed. */
export declare function sumPrinted(amounts: Array<Amount | undefined>): Amount | undefined;
export declare function formatValue(amount: Amount | undefined, scale: number): string;
/**
 * The amount in 万元 at `scale` decimals, from a table in `unit`: a 元 amount is divided by 10,000
 * and rounded half away from zero to the precision the 万元 figure it is compared with is printed in.
 */
export declare function inWan(amount: Amount, unit: MoneyUnit, scale: number): Amount;
/** The amount at `scale` decimals, rounded half away from zero when that drops digits. */
export declare function roundTo(amount: Amount, scale: number): Amount;
/** The scaled integer of `roundTo` alone (no text): for lookups over every cell of a document. */
export declare function roundedScaled(amount: Amount, scale: number): bigint;
/** Two printed figures of the same money, from tables that may print in different units. */
export declare function compareAcrossUnits(printed: {
    amount: Amount | undefined;
    unit: MoneyUnit;
}, reference: {
    amount: Amount | undefined;
    unit: MoneyUnit;
}): Comparison;
