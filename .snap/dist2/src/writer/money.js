/**
 * Money as the written document prints it: converted exactly into the profile's unit, then rounded
 * once (half away from zero, the checker's rounding) — 万元 to two decimals, 元 to whole yuan.
 * Tables and sentences both print through here, so a figure reads the same everywhere.
 */
import { convertUnit, formatScaled, roundToScale } from '../model/amount.js';
/** Decimals a unit is printed with. */
export const UNIT_DECIMALS = { 万元: 2, 元: 0 };
/** The amount in `to`, rounded to that unit's decimals: the figure the document prints. */
export function inUnit(amount, from, to) {
    const scale = UNIT_DECIMALS[to];
    const scaled = roundToScale(convertUnit(amount, from, to), scale);
    return { raw: formatScaled(scaled, scale), scaled, scale };
}
/** Thousands separators, as tables in 元 print them (1,633,000); 万元 figures print plainly (16239.54). */
function grouped(text) {
    const [whole = '', fraction] = text.replace(/^-/, '').split('.');
    const body = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${text.startsWith('-') ? '-' : ''}${body}${fraction === undefined ? '' : `.${fraction}`}`;
}
/** A table cell: the rounded figure in the document's unit. */
export function formatCell(amount, from, to) {
    const text = inUnit(amount, from, to).raw;
    return to === '元' ? grouped(text) : text;
}
/** A figure in running text, always 万元 to two decimals ("1234.56万元"). */
export function formatWan(amount, from) {
    return `${inUnit(amount, from, '万元').raw}万元`;
}
//# sourceMappingURL=money.js.map