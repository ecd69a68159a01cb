/**
 * Amounts as the page shows them: the API's exact decimal text with its digits grouped by three, as
 * the disclosures print them (9,501,164 元; 5,363.757625 万元), and a comparison column's amounts to
 * the same number of decimals, so that they line up (15,621.1123 over 9,970.6020, not 9970.602).
 * Only the text changes: no amount goes through a float.
 */
import { DECIMAL, groupDigits } from '../../src/model/digit-groups.js';
import type { CheckedClaim } from './api.js';

/** The digits grouped as `write` groups them in the tables it prints (one copy, in src/model; bundled into the page). */
export { groupDigits };

/** A column's amounts to the most decimals any of them has (zeros added, never rounded), grouped. */
export function alignDecimals(values: Array<string | null>): Array<string | null> {
  let places = 0;
  for (const v of values) {
    const fraction = v === null ? undefined : DECIMAL.exec(v)?.[3];
    if (fraction && fraction.length > places) places = fraction.length;
  }
  return values.map((v) => {
    if (v === null || !DECIMAL.test(v)) return v;
    const [whole = '', fraction = ''] = v.split('.');
    return groupDigits(places === 0 ? v : `${whole}.${fraction.padEnd(places, '0')}`);
  });
}

/**
 * A narrative claim's figure as the text states it: 万元 for an amount, a change or a sum; % for a
 * share and for a change stated as a percentage ("比2023年预算执行数减少1.39%": stated "1.39%"); the
 * words of a comparison.
 */
export function statedFigure(claim: Pick<CheckedClaim, 'figure' | 'stated'>): string {
  if (claim.figure === 'comparison') return `“${claim.stated}”`;
  if (claim.stated.endsWith('%')) return claim.stated;
  return claim.figure === 'share' ? `${claim.stated}%` : `${claim.stated} 万元`;
}
