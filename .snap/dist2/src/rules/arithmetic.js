import { atScale, convertUnit, formatScaled, roundToScale, sumAmounts } from '../model/amount.js';
export function scaleOf(amounts) {
    return Math.max(0, ...amounts.filter((a) => a !== undefined).map((a) => a.scale));
}
export function valueAt(amount, scale) {
    return amount ? atScale(amount, scale) : 0n;
}
/**
 * The precision a total and its parts are compared at. Figures printed at different precisions are
 * the same money rounded differently (a narrative's 9151.31 of a table's 9151.309668, a 2-decimal
 * summary of 6-decimal rows): when every nonzero figure on one side is printed more coarsely than
 * every nonzero figure on the other, the comparison is at the coarser side's precision, the finer
 * side rounded to it. Otherwise at the finest printed precision. A zero is exact however printed.
 */
function comparisonScale(total, parts) {
    const finest = scaleOf([total, ...parts]);
    const scales = (amounts) => amounts.filter((a) => a !== undefined && a.scaled !== 0n).map((a) => a.scale);
    const [own, theirs] = [scales([total]), scales(parts)];
    if (own.length === 0 || theirs.length === 0)
        return { scale: finest, round: null };
    if (Math.max(...own) < Math.min(...theirs))
        return { scale: Math.max(...own), round: 'parts' };
    if (Math.max(...theirs) < Math.min(...own))
        return { scale: Math.max(...theirs), round: 'total' };
    return { scale: finest, round: null };
}
/** Compare a printed total with the sum of its printed parts. */
export function compareSum(total, parts) {
    const { scale, round } = comparisonScale(total, parts);
    const finest = scaleOf([total, ...parts]);
    // Each side exactly at the finest precision, then the finer side rounded to the comparison's.
    const exact = (scaled, rounded) => rounded ? roundedScaled({ raw: '', scaled, scale: finest }, scale) : scaled / 10n ** BigInt(finest - scale);
    const expected = exact(parts.reduce((s, p) => s + valueAt(p, finest), 0n), round === 'parts');
    const actual = exact(valueAt(total, finest), round === 'total');
    const diff = actual - expected;
    const abs = diff < 0n ? -diff : diff;
    const terms = BigInt(Math.max(1, parts.filter((p) => p !== undefined).length));
    return {
        expected: formatScaled(expected, scale),
        actual: formatScaled(actual, scale),
        difference: formatScaled(diff, scale),
        equal: diff === 0n,
        rounding: diff !== 0n && abs <= terms,
    };
}
/** The exact sum of the printed amounts, at the finest precision among them; undefined when none is printed. */
export function sumPrinted(amounts) {
    const present = amounts.filter((a) => a !== undefined);
    if (present.length === 0)
        return undefined;
    const { scaled, scale } = sumAmounts(present);
    return { raw: formatScaled(scaled, scale), scaled, scale };
}
export function formatValue(amount, scale) {
    return formatScaled(valueAt(amount, scale), scale);
}
/**
 * The amount in 万元 at `scale` decimals, from a table in `unit`: a 元 amount is divided by 10,000
 * and rounded half away from zero to the precision the 万元 figure it is compared with is printed in.
 */
export function inWan(amount, unit, scale) {
    if (unit === '万元')
        return amount;
    return roundTo(convertUnit(amount, '元', '万元'), scale);
}
/** The amount at `scale` decimals, rounded half away from zero when that drops digits. */
export function roundTo(amount, scale) {
    const scaled = roundedScaled(amount, scale);
    return { raw: formatScaled(scaled, scale), scaled, scale };
}
/** The scaled integer of `roundTo` alone (no text): for lookups over every cell of a document. */
export function roundedScaled(amount, scale) {
    return roundToScale(amount, scale);
}
/** Two printed figures of the same money, from tables that may print in different units. */
export function compareAcrossUnits(printed, reference) {
    if (printed.unit === reference.unit)
        return compareSum(printed.amount, [reference.amount]);
    const wanSide = printed.unit === '万元' ? printed.amount : reference.amount;
    const scale = wanSide?.scale ?? 2;
    const convert = (side) => side.amount ? inWan(side.amount, side.unit, scale) : undefined;
    return compareSum(convert(printed), [convert(reference)]);
}
//# sourceMappingURL=arithmetic.js.map