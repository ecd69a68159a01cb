import type { Amount, MoneyUnit } from '../model/types.js';
/** Decimals a unit is printed with. */
export declare const UNIT_DECIMALS: Record<MoneyUnit, number>;
/** The amount in `to`, rounded to that unit's decimals: the figure the document prints. */
export declare function inUnit(amount: Amount, from: MoneyUnit, to: MoneyUnit): Amount;
/** A table cell: the rounded figure in the document's unit. */
export declare function formatCell(amount: Amount, from: MoneyUnit, to: MoneyUnit): string;
/** A figure in running text, always 万元 to two decimals ("1234.56万元"). */
export declare function formatWan(amount: Amount, from: MoneyUnit): string;
