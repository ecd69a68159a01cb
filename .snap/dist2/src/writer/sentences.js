/**
 * Sentence templates filled from the tables. A template is text with placeholders:
 *
 * - `{F}` the figure F in 万元 ("1234.56万元"); `{#F}` a count; `{F%B}` F as a share of B ("80.12%");
 * - `{F~}` the change of F against last year's document: "比上年增加12.34万元，增长1.01%",
 *   "比上年减少…，下降…%" or "与上年持平" (nothing without last year's figure);
 * - `{?KEY}` a text a person writes, from `texts` (a visible 【待补充：KEY】 marker when missing);
 * - `{year}`, `{dept}`, `{self}` (本部门 / 本单位), `{each}` the joined items of the template's list.
 *
 * Every amount is rounded once from the exact figure (money.ts); a share and a change are computed
 * from the exact figures, then rounded to two decimals the same way.
 */
import { convertUnit, formatScaled, roundToScale } from '../model/amount.js';
import { normalizeName } from '../model/names.js';
import { figure, list } from './figures.js';
import { missingMarker } from './layout.js';
import { formatWan, inUnit } from './money.js';
import { textKey } from './workbook/texts.js';
/**
 * The text given under a key: by the key itself, else under a heading that names the same text
 * (textKey: `## 部门主要职能` and 主要职能 answer 部门职责, quotes and spaces aside), else under a
 * heading that contains it, compared without spaces and numbering.
 */
export function lookupText(texts, key) {
    const exact = texts[key]?.trim();
    if (exact)
        return exact;
    const same = Object.entries(texts).find(([heading, text]) => text.trim() !== '' && textKey(heading) === textKey(key));
    if (same)
        return same[1].trim();
    const wanted = normalizeName(key);
    const hit = Object.entries(texts).find(([heading, text]) => text.trim() !== '' && normalizeName(heading).includes(wanted));
    return hit?.[1].trim();
}
/** Exact value in 元 at a common scale (so two figures compare and divide exactly). */
function inYuan(f) {
    return convertUnit(f.amount, f.unit, '元');
}
function common(a, b) {
    const scale = Math.max(a.scale, b.scale);
    return [a.scaled * 10n ** BigInt(scale - a.scale), b.scaled * 10n ** BigInt(scale - b.scale)];
}
/** part / whole × 100, rounded once to two decimals ("80.12%"); null for a zero whole. */
export function sharePercent(part, whole) {
    const [p, w] = common(inYuan(part), inYuan(whole));
    if (w === 0n)
        return null;
    // Four more digits than the result keeps: the quotient is exact to 1e-6 before rounding once.
    const scaled = roundToScale({ raw: '', scaled: (p * 1000000n) / w, scale: 4 }, 2);
    return `${formatScaled(scaled, 2)}%`;
}
/** The change clause of a figure against last year's: 增加/减少 by the rounded amount, 增长/下降 by the rounded percentage. */
export function changeClause(current, prior) {
    const now = inUnit(current.amount, current.unit, '万元');
    const before = inUnit(prior.amount, prior.unit, '万元');
    const [c, p] = common(inYuan(current), inYuan(prior));
    const difference = {
        amount: { raw: '', scaled: c - p, scale: Math.max(inYuan(current).scale, inYuan(prior).scale) },
        unit: '元',
    };
    const shown = inUnit(difference.amount, '元', '万元');
    if (shown.scaled === 0n && now.scaled === before.scaled)
        return '与上年持平';
    const up = shown.scaled > 0n;
    const size = { amount: { ...difference.amount, scaled: up ? c - p : p - c }, unit: '元' };
    const percent = p === 0n ? null : sharePercent(size, prior);
    return `比上年${up ? '增加' : '减少'}${formatWan(size.amount, '元')}${percent ? `，${up ? '增长' : '下降'}${percent}` : ''}`;
}
const isZero = (f) => f === null || f.amount.scaled === 0n;
function holds(condition, ctx) {
    if (condition.startsWith('!'))
        return isZero(figure(ctx.doc, condition.slice(1)));
    if (condition.endsWith('~')) {
        const id = condition.slice(0, -1);
        const now = figure(ctx.doc, id);
        const before = ctx.previous ? figure(ctx.previous, id) : null;
        return now !== null && before !== null && changeClause(now, before) !== '与上年持平';
    }
    return !isZero(figure(ctx.doc, condition));
}
/** A figure the template names must be there: a template asking for a table the input lacks is left out. */
class Absent extends Error {
}
function need(ctx, id) {
    const f = figure(ctx.doc, id);
    if (!f)
        throw new Absent(id);
    return f;
}
function placeholder(token, ctx, each) {
    if (token === 'year')
        return String(ctx.doc.year ?? '');
    if (token === 'dept')
        return ctx.doc.department ?? '';
    if (token === 'self')
        return ctx.doc.scope === 'unit' ? '本单位' : '本部门';
    if (token === 'each')
        return each;
    if (token.startsWith('?')) {
        const key = token.slice(1);
        const text = lookupText(ctx.texts, key);
        if (text)
            return text.replace(/[。.]$/, '');
        if (!ctx.missing.includes(key))
            ctx.missing.push(key);
        return missingMarker(key);
    }
    if (token.startsWith('#'))
        return need(ctx, token.slice(1)).amount.scaled.toString();
    if (token.endsWith('~')) {
        const id = token.slice(0, -1);
        const before = ctx.previous ? figure(ctx.previous, id) : null;
        return before ? `，${changeClause(need(ctx, id), before)}` : '';
    }
    const share = /^(.+)%(.+)$/.exec(token);
    if (share)
        return sharePercent(need(ctx, share[1]), need(ctx, share[2])) ?? '0.00%';
    const f = need(ctx, token);
    return formatWan(f.amount, f.unit);
}
function items(template, ctx) {
    const found = list(ctx.doc, template.list);
    if (found.length === 0)
        return null;
    const base = template.base ? need(ctx, template.base) : null;
    return found
        .map((item) => template.item
        .replace('{name}', item.name)
        .replace('{amount}', formatWan(item.figure.amount, item.figure.unit))
        .replace('{share}', (base && sharePercent(item.figure, base)) ?? '0.00%'))
        .join(template.separator ?? '；');
}
/** The sentence, or null when its condition fails or it names a figure or list the tables do not have. */
export function renderSentence(template, ctx) {
    if (template.when && !holds(template.when, ctx))
        return null;
    const missingBefore = ctx.missing.length;
    try {
        const each = template.each ? items(template.each, ctx) : '';
        if (each === null)
            return null;
        return template.text.replace(/\{([^{}]+)\}/g, (_, token) => placeholder(token, ctx, each));
    }
    catch (error) {
        if (!(error instanceof Absent))
            throw error;
        ctx.missing.splice(missingBefore);
        return null;
    }
}
//# sourceMappingURL=sentences.js.map