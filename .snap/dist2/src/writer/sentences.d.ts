import type { BudgetDocument } from '../model/types.js';
import { type Figure } from './figures.js';
export interface SentenceTemplate {
    text: string;
    /** `F` the figure is there and not zero; `!F` it is zero or absent; `F~` it changed against last year. */
    when?: string;
    /** Items of a list, each printed by `item` (`{name}`, `{amount}`, `{share}` of `base`), joined by `separator`. */
    each?: {
        list: string;
        item: string;
        base?: string;
        separator?: string;
    };
}
export interface SentenceContext {
    doc: BudgetDocument;
    previous?: BudgetDocument;
    texts: Record<string, string>;
    /** Keys of the texts asked for and not given (filled as the sentences are written). */
    missing: string[];
}
/**
 * The text given under a key: by the key itself, else under a heading that names the same text
 * (textKey: `## 部门主要职能` and 主要职能 answer 部门职责, quotes and spaces aside), else under a
 * heading that contains it, compared without spaces and numbering.
 */
export declare function lookupText(texts: Record<string, string>, key: string): string | undefined;
/** part / whole × 100, rounded once to two decimals ("80.12%"); null for a zero whole. */
export declare function sharePercent(part: Figure, whole: Figure): string | null;
/** The change clause of a figure against last year's: 增加/减少 by the rounded amount, 增长/下降 by the rounded percentage. */
export declare function changeClause(current: Figure, prior: Figure): string;
/** The sentence, or null when its condition fails or it names a figure or list the tables do not have. */
export declare function renderSentence(template: SentenceTemplate, ctx: SentenceContext): string | null;
