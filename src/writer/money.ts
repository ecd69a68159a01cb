/**
 * Money as the written document prints it: converted exactly into the unit of the part it is printed
 * in, then rounded once (half away from zero, the checker's rounding) to that part's decimals. Each
 * profile says how its tables and its narrative print money (MoneyFormat): 万元 to two decimals, 元
 * whole with thousands separators, 北京's 报表 万元 to six decimals with separators beside a 情况说明
 * in 万元 to two. Tables and sentences both print through here, each figure rounded from the exact amount.
 */
import { convertUnit, formatScaled, roundToScale } from '../model/amount.js';
import { groupDigits } from '../model/digit-groups.js';
import type { Amount, MoneyUnit } from '../model/types.js';

/** How one part of a document prints money. */
export interface MoneyFormat {
  unit: MoneyUnit;
  decimals: number;
  /** Thousands separators (1,633,000; 44,156.640120); else plain (16239.54). */
  grouped: boolean;
}

/** 万元 to two decimals, printed plainly: the national templates' tables and every 情况说明. */
export const WAN_2: MoneyFormat = { unit: '万元', decimals: 2, grouped: false };

/** The amount in the format's unit, rounded to its decimals: the figure the document prints. */
export function rounded(amount: Amount, from: MoneyUnit, format: MoneyFormat): Amount {
  const scaled = roundToScale(convertUnit(amount, from, format.unit), format.decimals);
  return { raw: formatScaled(scaled, format.decimals), scaled, scale: format.decimals };
}

/** The figure as printed, without its unit: a table cell. */
export function formatMoney(amount: Amount, from: MoneyUnit, format: MoneyFormat): string {
  const text = rounded(amount, from, format).raw;
  return format.grouped ? groupDigits(text) : text;
}

/** The figure with its unit, as running text prints it ("1234.56万元"). */
export function formatWithUnit(amount: Amount, from: MoneyUnit, format: MoneyFormat): string {
  return `${formatMoney(amount, from, format)}${format.unit}`;
}
