import type { Amount, MoneyUnit } from '../model/types.js';
/** The unit every comparison answers in. */
export declare const ANSWER_UNIT: MoneyUnit;
/**
 * A stored cell (a DECIMAL(20,6) as text, and the decimals the document printed) as an amount in
 * 万元; null for a blank cell or a cell that holds words.
 */
export declare function storedAmount(decimal: unknown, printedScale: unknown, unit: unknown): Amount | null;
/**
 * Decimal text with two decimals, more only where they are not zeros: 1234.5 万元 prints as
 * 1234.50, 195,774,300 元 as 19577.43 万元, 北京's 26661.064552 as it is.
 */
export declare function money(amount: Amount | null): string | null;
export interface Change {
    /** later − earlier, exact. */
    amount: string;
    /** The change as a percentage of the earlier figure, two decimals, rounded half away from zero; null from 0. */
    percent: string | null;
}
export declare function change(earlier: Amount | null, later: Amount | null): Change | null;
/** part / whole × 100 with two decimals, rounded half away from zero, exactly. */
export declare function percentOf(part: bigint, whole: bigint): string;
/** Do two amounts agree at the precision the less precise of them printed (rounded half up)? */
export declare function agreeAtPrintedPrecision(a: Amount, b: Amount): boolean;
