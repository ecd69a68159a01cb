import { parseAmount } from '../model/amount.js';
import { compact, stripNumbering } from '../model/names.js';
import { AMOUNT_IN_TEXT } from './claims.js';
/**
 * A 功能分类 path as a paragraph or heading opens with it: the 类, then its 款 and 项 when printed
 * ("社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)"), in compact form.
 */
const PATH_OPENING = /^([^()，,。:：;；、\d]{2,30})\(类\)(?:([^()，,。:：;；]{2,30})\(款\)(?:([^()，,。:：;；]{2,30})\(项\))?)?/;
/** What may follow a paragraph's path: its end, what the item is used for, or its budget. */
const AFTER_PATH = /^[”"]?(?:[。:：;；]|$|[，,]?(?:主要用于|年初预算|全年预算|调整预算))/;
/**
 * The path a text opens with, after its numbering, when the path is the paragraph's subject (a
 * heading, or followed by what it was used for or its budget): "城乡社区支出（类）未完成年初预期" is a
 * reason, not a paragraph's subject.
 */
export function pathOpening(text) {
    const opening = stripNumbering(compact(text)).replace(/^[“"]/, '');
    const m = PATH_OPENING.exec(opening);
    if (!m || !AFTER_PATH.test(opening.slice(m[0].length)))
        return null;
    return [m[1], m[2], m[3]].filter((n) => n !== undefined);
}
/** A figure named as the budget ("年初预算为", "全年预算数") — not the outturn, not a prior year's. */
const BUDGET_BEFORE = /(?:年初|全年|调整)?预算(?:数)?(?:为|是|数为)?$/;
const OUTTURN_BEFORE = /决算(?:数)?(?:为|是|数为)?$/;
const RATE_AFTER = /^[，,。]?\s*完成(?:年初|全年|调整)?预算(?:数)?的\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** "决算数小于预算数", "决算数高于年初预算", "决算数同预算数持平", "决算数与年初预算一致". */
const COMPARISON = /决算(?:数)?(大于|高于|超过|多于|小于|低于|少于|等于)(?:年初|全年|调整)?预算|决算(?:数)?[同与和跟](?:年初|全年|调整)?预算(?:数)?(?:基本)?(持平|一致|相等|相同)/g;
/** The comparisons a sentence states, where they stand in it. */
function comparisonsIn(sentence) {
    const found = [];
    for (const m of sentence.matchAll(COMPARISON)) {
        const word = (m[1] ?? m[2]);
        const at = m.index ?? 0;
        const says = /持平|一致|相等|相同|等于/.test(word) ? 'eq' : /大于|高于|超过|多于/.test(word) ? 'gt' : 'lt';
        found.push({ at, says, text: m[0] });
    }
    return found;
}
/**
 * Sentences in compact form (NFKC, no spaces), so positions and patterns agree; a line opening with
 * a number (1、, （一）) opens a paragraph, whatever the line before ends with.
 */
function sentencesOf(text) {
    return text
        .split(/(?<=。)|\n(?=\s*(?:\d{1,2}[、.．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]))/)
        .map(compact)
        .filter((s) => s !== '');
}
const cache = new WeakMap();
/** The amounts of a sentence with the words of their own clause before them. */
function amountsIn(sentence) {
    const found = [];
    let cursor = 0;
    for (const match of sentence.matchAll(AMOUNT_IN_TEXT)) {
        const at = match.index ?? 0;
        const before = sentence
            .slice(cursor, at)
            .split(/[,;:，；：]/)
            .pop() ?? '';
        cursor = at + match[0].length;
        const amount = parseAmount(match[1]);
        if (amount)
            found.push({ at, end: cursor, before, amount });
    }
    return found;
}
/** Every budget-and-outturn pair the narrative states, with its rate and comparison word. */
export function readOutturns(sections) {
    const cached = cache.get(sections);
    if (cached)
        return cached;
    const claims = [];
    for (const section of sections) {
        // The last pair stated: a comparison after it, in this or a later sentence, speaks of it.
        let open = null;
        let budget = null;
        // The path of the paragraph being read; the heading's serves the section's first pair only.
        let path = pathOpening(section.heading);
        for (const sentence of sentencesOf(section.text)) {
            path = pathOpening(sentence) ?? path;
            const events = [
                ...amountsIn(sentence).map((a) => ({ ...a, comparison: null })),
                ...comparisonsIn(sentence).map((c) => ({ at: c.at, end: c.at, before: '', amount: null, comparison: c })),
            ].sort((a, b) => a.at - b.at);
            for (const event of events) {
                if (event.comparison) {
                    if (open && !open.comparison)
                        open.comparison = { says: event.comparison.says, text: event.comparison.text };
                }
                else if (event.amount && OUTTURN_BEFORE.test(event.before) && budget) {
                    const rate = RATE_AFTER.exec(sentence.slice(event.end))?.[1] ?? null;
                    open = {
                        budget: budget.amount,
                        outturn: event.amount,
                        rate,
                        comparison: null,
                        path,
                        subject: budget.before.replace(BUDGET_BEFORE, ''),
                        budgetKind: /全年|调整/.test(budget.before) ? 'adjusted_budget' : 'budget',
                        section,
                        sentence,
                    };
                    claims.push(open);
                    budget = null;
                    path = null;
                }
                else if (event.amount && BUDGET_BEFORE.test(event.before) && !/决算|上年|\d{4}年/.test(event.before)) {
                    budget = { amount: event.amount, before: event.before };
                }
            }
        }
    }
    cache.set(sections, claims);
    return claims;
}
//# sourceMappingURL=outturn.js.map