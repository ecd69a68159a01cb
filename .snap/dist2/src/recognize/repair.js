import { atScale } from '../model/amount.js';
import { CARRYOVER_SOURCE_KEYS, CURRENT_SOURCE_KEYS, columnRank } from '../model/column-groups.js';
import { columnMeaning } from './column-keys.js';
/**
 * PDF text dumps put an empty cell's worth of tabs by guesswork, so in wide tables an amount can
 * land one or two columns off. When a row's positional reading breaks the table's own identities
 * (总计 = 本年 + 上年结转, 本年 = Σ sources, 上年结转 = Σ funds), the amounts are re-placed: same
 * order, each within a few columns of where it was printed, all identities holding, preferring
 * columns of funds the document actually has. A row the document itself got wrong satisfies no
 * placement and stays as printed, for the checker to report.
 */
const CURRENT_PARTS = CURRENT_SOURCE_KEYS;
const CARRY_PARTS = CARRYOVER_SOURCE_KEYS;
function value(p, key, scale) {
    const a = p.get(key);
    return a ? atScale(a, scale) : 0n;
}
/** Do the identities that involve printed keys hold? Only keys the table has are used. */
export function identitiesHold(p, keys) {
    return identityCheck(keys)(p, Math.max(0, ...[...p.values()].map((a) => a.scale)));
}
/** The identities of a table's keys, worked out once for the many placements a search tries. */
function identityCheck(keys) {
    const currentParts = CURRENT_PARTS.filter((k) => keys.has(k));
    const carryParts = CARRY_PARTS.filter((k) => keys.has(k));
    const [hasCurrent, hasCarry, hasTotal] = [keys.has('current_year'), keys.has('carryover'), keys.has('total')];
    return (p, scale) => {
        const sum = (ks) => ks.reduce((s, k) => s + value(p, k, scale), 0n);
        if (hasCurrent && currentParts.length > 0 && value(p, 'current_year', scale) !== sum(currentParts))
            return false;
        if (hasCarry && carryParts.length > 0 && value(p, 'carryover', scale) !== sum(carryParts))
            return false;
        if (hasTotal) {
            const current = hasCurrent ? value(p, 'current_year', scale) : sum(currentParts);
            const carry = hasCarry ? value(p, 'carryover', scale) : sum(carryParts);
            if ((currentParts.length > 0 || hasCurrent) && value(p, 'total', scale) !== current + carry)
                return false;
        }
        return true;
    };
}
const WINDOW = 3;
const ABSENT_PENALTY = 3;
/**
 * Best placement of the row's amounts onto the columns, or null when no placement satisfies the
 * identities. `absent` lists column keys of funds the document does not have.
 */
export function placeAmounts(amounts, columns, absent) {
    const ordered = [...columns].sort((a, b) => columnRank(a.key) - columnRank(b.key) || a.position - b.position);
    const keys = new Set(columns.map((c) => c.key));
    const holds = identityCheck(keys);
    const scale = Math.max(0, ...amounts.map((a) => a.amount.scale));
    let best = null;
    let budget = 200_000;
    const chosen = [];
    const search = (i, from, cost) => {
        if (--budget < 0 || (best && cost >= best.cost))
            return;
        if (i === amounts.length) {
            const placement = new Map();
            chosen.forEach((j, k) => {
                placement.set(ordered[j].key, amounts[k].amount);
            });
            if (holds(placement, scale))
                best = { cost, placement };
            return;
        }
        const item = amounts[i];
        for (let j = from; j < ordered.length; j++) {
            const col = ordered[j];
            const distance = Math.abs(col.position - item.position);
            if (distance > WINDOW)
                continue;
            chosen.push(j);
            search(i + 1, j + 1, cost + distance + (absent.has(col.key) ? ABSENT_PENALTY : 0));
            chosen.pop();
        }
    };
    search(0, 0, 0);
    return best?.placement ?? null;
}
/** Which funds and sources the document has no money in, from the income side of its 收支总表. */
export function absentSources(summary) {
    const absent = new Set();
    if (!summary)
        return absent;
    const hasCarryColumn = summary.columns.some((c) => c.key === 'carryover' && c.side !== 'expenditure');
    for (const row of summary.rows) {
        if (row.side !== 'income')
            continue;
        const key = columnMeaning([row.name]).key;
        if (!CURRENT_PARTS.includes(key))
            continue;
        const nonzero = (k) => (row.values[k]?.scaled ?? 0n) !== 0n;
        if (!nonzero('total') && !nonzero('current_year') && !nonzero('carryover'))
            absent.add(key);
        if (hasCarryColumn && !nonzero('carryover'))
            absent.add(`carryover_${key}`);
    }
    return absent;
}
export function rowKeysNeedRepair(row, keys) {
    return !identitiesHold(new Map(Object.entries(row.values)), keys);
}
//# sourceMappingURL=repair.js.map