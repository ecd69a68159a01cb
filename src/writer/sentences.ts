/**
 * Sentence templates filled from the tables. A template is text with placeholders:
 *
 * - `{F}` the figure F as the profile's narrative prints money ("1234.56万元"); `{#F}` a count; `{F%B}` F as a share of B ("80.12%");
 * - `{F~}` the change of F against last year's document: "比上年增加12.34万元，增长1.01%",
 *   "比上年减少…，下降…%" or "与上年持平" (nothing without last year's figure);
 * - `{?KEY}` a text a person writes, from `texts` (a visible 【待补充：KEY】 marker when missing);
 * - `{year}`, `{dept}`, `{self}` (本部门 / 本单位), `{each}` the joined items of the template's list.
 *
 * Every amount is rounded once from the exact figure (money.ts, the narrative's MoneyFormat); a share and a change are computed
 * from the exact figures, then rounded to two decimals the same way.
 */
import { convertUnit, formatScaled, roundToScale } from '../model/amount.js';
import { normalizeName } from '../model/names.js';
import type { Amount, BudgetDocument } from '../model/types.js';
import { type Figure, figure, list } from './figures.js';
import { missingMarker } from './layout.js';
import { formatWithUnit, type MoneyFormat, rounded, WAN_2 } from './money.js';
import { textKey } from './workbook/texts.js';

export interface SentenceTemplate {
  text: string;
  /** `F` the figure is there and not zero; `!F` it is zero or absent; `F~` it changed against last year. */
  when?: string;
  /** Items of a list, each printed by `item` (`{name}`, `{amount}`, `{share}` of `base`), joined by `separator`. */
  each?: { list: string; item: string; base?: string; separator?: string };
}

export interface SentenceContext {
  doc: BudgetDocument;
  previous?: BudgetDocument;
  texts: Record<string, string>;
  /** Keys of the texts asked for and not given (filled as the sentences are written). */
  missing: string[];
  /** How the narrative prints money (the profile's); 万元 to two decimals when not said. */
  money?: MoneyFormat;
}

/**
 * The text given under a key: by the key itself, else under a heading that names the same text
 * (textKey: `## 部门主要职能` and 主要职能 answer 部门职责, quotes and spaces aside), else under a
 * heading that contains it, compared without spaces and numbering.
 */
export function lookupText(texts: Record<string, string>, key: string): string | undefined {
  const exact = texts[key]?.trim();
  if (exact) return exact;
  const same = Object.entries(texts).find(([heading, text]) => text.trim() !== '' && textKey(heading) === textKey(key));
  if (same) return same[1].trim();
  const wanted = normalizeName(key);
  const hit = Object.entries(texts).find(([heading, text]) => text.trim() !== '' && normalizeName(heading).includes(wanted));
  return hit?.[1].trim();
}

/** Exact value in 元 at a common scale (so two figures compare and divide exactly). */
function inYuan(f: Figure): Amount {
  return convertUnit(f.amount, f.unit, '元');
}

function common(a: Amount, b: Amount): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale);
  return [a.scaled * 10n ** BigInt(scale - a.scale), b.scaled * 10n ** BigInt(scale - b.scale)];
}

/** part / whole × 100, rounded once to two decimals ("80.12%"); null for a zero whole. */
export function sharePercent(part: Figure, whole: Figure): string | null {
  const [p, w] = common(inYuan(part), inYuan(whole));
  if (w === 0n) return null;
  // Four more digits than the result keeps: the quotient is exact to 1e-6 before rounding once.
  const scaled = roundToScale({ raw: '', scaled: (p * 1_000_000n) / w, scale: 4 }, 2);
  return `${formatScaled(scaled, 2)}%`;
}

/** The change clause of a figure against last year's: 增加/减少 by the rounded amount, 增长/下降 by the rounded percentage. */
export function changeClause(current: Figure, prior: Figure, money: MoneyFormat = WAN_2): string {
  const now = rounded(current.amount, current.unit, money);
  const before = rounded(prior.amount, prior.unit, money);
  const [c, p] = common(inYuan(current), inYuan(prior));
  const difference: Figure = {
    amount: { raw: '', scaled: c - p, scale: Math.max(inYuan(current).scale, inYuan(prior).scale) },
    unit: '元',
  };
  const shown = rounded(difference.amount, '元', money);
  if (shown.scaled === 0n && now.scaled === before.scaled) return '与上年持平';
  const up = shown.scaled > 0n;
  const size: Figure = { amount: { ...difference.amount, scaled: up ? c - p : p - c }, unit: '元' };
  const percent = p === 0n ? null : sharePercent(size, prior);
  return `比上年${up ? '增加' : '减少'}${formatWithUnit(size.amount, '元', money)}${percent ? `，${up ? '增长' : '下降'}${percent}` : ''}`;
}

const isZero = (f: Figure | null) => f === null || f.amount.scaled === 0n;

function holds(condition: string, ctx: SentenceContext): boolean {
  if (condition.startsWith('!')) return isZero(figure(ctx.doc, condition.slice(1)));
  if (condition.endsWith('~')) {
    const id = condition.slice(0, -1);
    const now = figure(ctx.doc, id);
    const before = ctx.previous ? figure(ctx.previous, id) : null;
    return now !== null && before !== null && changeClause(now, before, ctx.money) !== '与上年持平';
  }
  return !isZero(figure(ctx.doc, condition));
}

/** A figure the template names must be there: a template asking for a table the input lacks is left out. */
class Absent extends Error {}

function need(ctx: SentenceContext, id: string): Figure {
  const f = figure(ctx.doc, id);
  if (!f) throw new Absent(id);
  return f;
}

function placeholder(token: string, ctx: SentenceContext, each: string): string {
  if (token === 'year') return String(ctx.doc.year ?? '');
  if (token === 'dept') return ctx.doc.department ?? '';
  if (token === 'self') return ctx.doc.scope === 'unit' ? '本单位' : '本部门';
  if (token === 'each') return each;
  if (token.startsWith('?')) {
    const key = token.slice(1);
    const text = lookupText(ctx.texts, key);
    if (text) return text.replace(/[。.]$/, '');
    if (!ctx.missing.includes(key)) ctx.missing.push(key);
    return missingMarker(key);
  }
  if (token.startsWith('#')) return need(ctx, token.slice(1)).amount.scaled.toString();
  if (token.endsWith('~')) {
    const id = token.slice(0, -1);
    const before = ctx.previous ? figure(ctx.previous, id) : null;
    return before ? `，${changeClause(need(ctx, id), before, ctx.money)}` : '';
  }
  const share = /^(.+)%(.+)$/.exec(token);
  if (share) return sharePercent(need(ctx, share[1] as string), need(ctx, share[2] as string)) ?? '0.00%';
  const f = need(ctx, token);
  return formatWithUnit(f.amount, f.unit, ctx.money ?? WAN_2);
}

function items(template: NonNullable<SentenceTemplate['each']>, ctx: SentenceContext): string | null {
  const found = list(ctx.doc, template.list);
  if (found.length === 0) return null;
  const base = template.base ? need(ctx, template.base) : null;
  return found
    .map((item) =>
      template.item
        .replace('{name}', item.name)
        .replace('{amount}', formatWithUnit(item.figure.amount, item.figure.unit, ctx.money ?? WAN_2))
        .replace('{share}', (base && sharePercent(item.figure, base)) ?? '0.00%'),
    )
    .join(template.separator ?? '；');
}

/** The sentence, or null when its condition fails or it names a figure or list the tables do not have. */
export function renderSentence(template: SentenceTemplate, ctx: SentenceContext): string | null {
  if (template.when && !holds(template.when, ctx)) return null;
  const missingBefore = ctx.missing.length;
  try {
    const each = template.each ? items(template.each, ctx) : '';
    if (each === null) return null;
    return template.text.replace(/\{([^{}]+)\}/g, (_, token: string) => placeholder(token, ctx, each));
  } catch (error) {
    if (!(error instanceof Absent)) throw error;
    ctx.missing.splice(missingBefore);
    return null;
  }
}
