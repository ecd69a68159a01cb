/** Name normalisation shared by readers and rules: the same text printed differently compares equal. */

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');

/** Remove the spaces a PDF or Word dump puts inside Chinese words; collapse the others. */
export function joinBrokenText(text: string): string {
  if (!/\s/.test(text)) return text;
  return text.replace(/\s+/g, ' ').replace(SPACE_BETWEEN_CJK, '').trim();
}

/**
 * Memoise a string function: readers and rules normalise the same labels and cells many times
 * (header words, repeated indicator names). Bounded so that a hostile file cannot grow it.
 */
function memo(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= 20_000) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/**
 * A classification code printed in the name cell before its name, as one text: 2013601-行政运行,
 * 30101-基本工资 (3, 5 or 7 digits: 类, 款, 项 of the function or economic lists).
 */
const CODED_LABEL = /^(\d{3}|\d{5}|\d{7})\s*[-－—–]\s*(\S.*)$/;

export function splitCodedLabel(label: string): { code: string; name: string } | null {
  const match = CODED_LABEL.exec(label.trim());
  return match ? { code: match[1] as string, name: match[2] as string } : null;
}

/** A label numbered as an item of a list: 一、… or （一）…, as the summary tables number their lines. */
export const NUMBERED_LABEL = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;

/** The depth of a numbered label: 1 for 一、, 2 for （一）, null when not numbered so. */
export function numberingDepth(label: string): 1 | 2 | null {
  const match = NUMBERED_LABEL.exec(label);
  if (!match) return null;
  return /[(（]/.test(match[0]) ? 2 : 1;
}

const CN_NUM = '[一二三四五六七八九十百零〇]+';
const NUMBERING = new RegExp(
  [
    `^${CN_NUM}\\s*[、.．]`,
    `^[(（]\\s*${CN_NUM}\\s*[)）]\\s*[、.]?`,
    '^[(（]\\s*\\d{1,2}\\s*[)）]\\s*[、.]?',
    '^\\d{1,2}\\s*[、．]',
    '^\\d{1,2}\\.(?!\\d)',
    '^[①②③④⑤⑥⑦⑧⑨⑩]',
    '^其中\\s*[:：]',
  ].join('|'),
);

/** Strip leading list numbering (一、 （一） 1、 ① 其中：), repeatedly ("其中：（1）…"). */
export function stripNumbering(text: string): string {
  let current = text.trim();
  for (;;) {
    const next = current.replace(NUMBERING, '').trim();
    if (next === current) return current;
    current = next;
  }
}

/** Normalised row name: joined, numbering removed, NFKC (full-width brackets and colons to ASCII). */
export const normalizeName: (label: string) => string = memo((label) =>
  stripNumbering(nfkc(joinBrokenText(label))).replace(/\s+/g, ''),
);

/** Characters NFKC changes in these documents: full-width forms, ideographic space, circled digits. */
const NEEDS_NFKC = /[\u00a0-\u00ff\u2000-\u206f\u2150-\u24ff\u3000\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe6f\uff00-\uffef]/;

/** NFKC only when the text has a character it would change (normalising every cell is the hot spot). */
export function nfkc(text: string): string {
  return NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
}

/** Compact form for matching headers and titles: NFKC, no whitespace at all. */
export const compact: (text: string) => string = memo((text) => {
  const normal = nfkc(text);
  return /\s/.test(normal) ? normal.replace(/\s+/g, '') : normal;
});
