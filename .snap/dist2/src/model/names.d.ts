/** Name normalisation shared by readers and rules: the same text printed differently compares equal. */
/** Remove the spaces a PDF or Word dump puts inside Chinese words and spaced-out numbers; collapse the others. */
export declare function joinBrokenText(text: string): string;
/**
 * How the name of a department or unit ends (苏州市审计局, 管理中心, 上海市财政科学研究所（…）, (本级)): a
 * narrative's 本单位收入预算 and a per-unit table's unit rows are told from items by it.
 */
export declare const ORGANISATION_END: RegExp;
/** A label numbered as an item of a list: 一、… or （一）…, as the summary tables number their lines. */
export declare const NUMBERED_LABEL: RegExp;
/** The depth of a numbered label: 1 for 一、, 2 for （一） and 1、, null when not numbered so. */
export declare function numberingDepth(label: string): 1 | 2 | null;
/** Strip leading list numbering (一、 （一） 1、 ① 其中：), repeatedly ("其中：（1）…"). */
export declare function stripNumbering(text: string): string;
export declare function codeInName(label: string): {
    code: string;
    name: string;
} | null;
/** Normalised row name: joined, numbering removed, NFKC (full-width brackets and colons to ASCII). */
export declare const normalizeName: (label: string) => string;
/** NFKC only when the text has a character it would change (normalising every cell is the hot spot). */
export declare function nfkc(text: string): string;
/** Compact form for matching headers and titles: NFKC, no whitespace at all. */
export declare const compact: (text: string) => string;
