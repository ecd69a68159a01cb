/**
 * Values as the store's writers take them, and amounts as the store keeps them: DECIMAL(20,6), the
 * model's scaled bigint at 6 decimals, refused (never rounded) when it does not fit.
 */
import { atScale } from '../model/amount.js';
import type { Amount, Origin } from '../model/types.js';
import { StoreError } from './errors.js';

export type Value = string | number | bigint | boolean | Date | null;
export type Records = Map<string, Value[][]>;

/** DECIMAL(20,6): 14 digits before the point. */
export const DECIMALS = 6;
const LIMIT = 10n ** 20n;

/** An amount at the store's 6 decimals, refused (never rounded) when it does not fit. */
export function decimalOf(amount: Amount): bigint {
  if (amount.scale > DECIMALS)
    throw new StoreError(
      `金额 ${amount.raw} 的小数位超过 ${DECIMALS} 位，无法精确保存`,
      `amount ${amount.raw} has more than ${DECIMALS} decimals and cannot be stored exactly`,
    );
  const scaled = atScale(amount, DECIMALS);
  if (scaled >= LIMIT || scaled <= -LIMIT)
    throw new StoreError(`金额 ${amount.raw} 超出可保存范围`, `amount ${amount.raw} is too large to store`);
  return scaled;
}

/** An origin as the columns every table that keeps one has (schema.ts ORIGIN): file, page, sheet, cell, line, box. */
export function originValues(o: Origin | undefined): Value[] {
  return [
    o?.file ?? null,
    o?.page ?? null,
    o?.sheet ?? null,
    o?.cell ?? null,
    o?.line ?? null,
    o?.box === undefined ? null : JSON.stringify(o.box),
  ];
}
