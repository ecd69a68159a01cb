import type { Amount, NarrativeSection } from '../model/types.js';
/**
 * The figures the 情况说明 states: amounts with their labels, shares (占 x%) with the whole they
 * are a share of, and year-on-year changes (比上年增加/减少 x 万元, 增长/下降 y%).
 */
export interface AmountClaim {
    label: string;
    amount: Amount;
    section: NarrativeSection;
    sentence: string;
}
export interface ShareClaim extends AmountClaim {
    share: string;
    base: AmountClaim | null;
    /** A final account's "完成预算的 y%": the outturn as a share of the budget. */
    completion?: boolean;
}
export interface ChangeClaim {
    /** The figure that changed: the amount just before, or the whole the sentence began with. */
    subject: AmountClaim | null;
    alternatives: AmountClaim[];
    /** What the clause names as changing when it names something ("基本支出减少 8.93 万元"). */
    label: string;
    direction: 1 | -1 | 0;
    contradictory: boolean;
    change: Amount;
    percent: string | null;
    prior: Amount | null;
    /** False when the text states only the percentage and both figures: the change is their difference. */
    changeStated: boolean;
    /**
     * The item's figure as its heading states it, when the sentence of the change restates it as
     * another ("…（项）”350.35万元 … 2024年预算安排352.67万元"): the paragraph contradicts itself.
     */
    restates?: AmountClaim;
    section: NarrativeSection;
    sentence: string;
}
export interface Claims {
    amounts: AmountClaim[];
    shares: ShareClaim[];
    changes: ChangeClaim[];
}
/** An amount in 万元 as running text prints it. */
export declare const AMOUNT_IN_TEXT: RegExp;
/** The label of an amount: the words just before it, without years, verbs and connectives. */
export declare function cleanLabel(text: string): string;
/** The claims of a narrative, read once per document (several rules ask for them). */
export declare function readClaims(sections: NarrativeSection[]): Claims;
