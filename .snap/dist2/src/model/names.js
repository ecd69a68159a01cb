/** Name normalisation shared by readers and rules: the same text printed differently compares equal. */
const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');
/** Digits and separators spaced out one by one, as a justified line prints them (1 5 5 , 7 2 3 . 3 9). */
const SPACED_DIGITS = /(?<![\d.,])(?:[\d.,] ){2,}[\d.,](?![\d.,])/g;
/** Remove the spaces a PDF or Word dump puts inside Chinese words and spaced-out numbers; collapse the others. */
export function joinBrokenText(text) {
    if (!/\s/.test(text))
        return text;
    return text
        .replace(/\s+/g, ' ')
        .replace(SPACE_BETWEEN_CJK, '')
        .replace(SPACED_DIGITS, (digits) => digits.replace(/ /g, ''))
        .trim();
}
/**
 * Memoise a string function: readers and rules normalise the same labels and cells many times
 * (header words, repeated indicator names). Bounded so that a hostile file cannot grow it.
 */
function memo(fn) {
    const cache = new Map();
    return (text) => {
        const hit = cache.get(text);
        if (hit !== undefined)
            return hit;
        const value = fn(text);
        if (cache.size >= 20_000)
            cache.clear();
        cache.set(text, value);
        return value;
    };
}
/**
 * How the name of a department or unit ends (苏州市审计局, 管理中心, 上海市财政科学研究所（…）, (本级)): a
 * narrative's 本单位收入预算 and a per-unit table's unit rows are told from items by it.
 */
export const ORGANISATION_END = /(?:局|委|会|办|厅|院|中心|所|站|队|馆|部|署|处|室|社|台|校|园|场|团|级|狱|公司|厂|库|[)）])$/;
/** A label numbered as an item of a list: 一、… or （一）…, as the summary tables number their lines. */
export const NUMBERED_LABEL = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;
/** A sub-item's number under a numbered line: （一）…, or 1、… (长沙 财政拨款收支总体情况表). */
const SUB_ITEM_NUMBER = /^\s*(?:[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d))/;
/** The depth of a numbered label: 1 for 一、, 2 for （一） and 1、, null when not numbered so. */
export function numberingDepth(label) {
    if (SUB_ITEM_NUMBER.test(label))
        return 2;
    return NUMBERED_LABEL.test(label) ? 1 : null;
}
const CN_NUM = '[一二三四五六七八九十百零〇]+';
const NUMBERING = new RegExp([
    `^${CN_NUM}\\s*[、.．]`,
    `^[(（]\\s*${CN_NUM}\\s*[)）]\\s*[、.]?`,
    '^[(（]\\s*\\d{1,2}\\s*[)）]\\s*[、.]?',
    '^\\d{1,2}\\s*[、．]',
    '^\\d{1,2}\\.(?!\\d)',
    '^[①②③④⑤⑥⑦⑧⑨⑩]',
    '^其中\\s*[:：]',
].join('|'));
/** Strip leading list numbering (一、 （一） 1、 ① 其中：), repeatedly ("其中：（1）…"). */
export function stripNumbering(text) {
    let current = text.trim();
    for (;;) {
        const next = current.replace(NUMBERING, '').trim();
        if (next === current)
            return current;
        current = next;
    }
}
/**
 * A classification code printed in the name cell before the name: "[201]一般公共服务支出",
 * "【30101】基本工资", "2010401 行政运行" (a code column folded into the name column), "2013601-行政运行"
 * (北京: code and name joined by a dash). 3, 5 or 7 digits: 类, 款, 项 of the function or economic lists.
 */
const CODE_IN_NAME = /^(?:[[【［]\s*(\d{3}|\d{5}|\d{7})\s*[\]】］]|(\d{3}|\d{5}|\d{7})(?:\s*[-－—–]|\s+(?=\D)))\s*(\S.*)$/;
export function codeInName(label) {
    const match = CODE_IN_NAME.exec(label.trim());
    if (!match)
        return null;
    return { code: (match[1] ?? match[2]), name: match[3] };
}
/** Normalised row name: joined, numbering removed, NFKC (full-width brackets and colons to ASCII). */
export const normalizeName = memo((label) => stripNumbering(nfkc(joinBrokenText(label))).replace(/\s+/g, ''));
/** Characters NFKC changes in these documents: full-width forms, ideographic space, circled digits. */
const NEEDS_NFKC = /[\u00a0-\u00ff\u2000-\u206f\u2150-\u24ff\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe6f\uff00-\uffef]/;
/** NFKC only when the text has a character it would change (normalising every cell is the hot spot). */
export function nfkc(text) {
    return NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
}
/** Compact form for matching headers and titles: NFKC, no whitespace at all. */
export const compact = memo((text) => {
    const normal = nfkc(text);
    return /\s/.test(normal) ? normal.replace(/\s+/g, '') : normal;
});
//# sourceMappingURL=names.js.map