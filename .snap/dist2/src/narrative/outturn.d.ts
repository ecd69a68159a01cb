import type { Amount, NarrativeSection } from '../model/types.js';
/**
 * A template's alternatives ("决算数大于（小于）预算数") match no comparison: the word must stand
 * right after 决算数, and the wording rule reports the alternatives.
 *
 * A final account restates each item as "年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%。
 * 决算数大于（小于/等于）年初预算数的主要原因是…": the budget, the outturn, the completion rate and
 * the word comparing them, each of which must agree with the others.
 */
export interface OutturnClaim {
    budget: Amount;
    outturn: Amount;
    /** The completion rate as printed ("95.45"), or null. */
    rate: string | null;
    /** What the text says of the outturn against the budget, or null when it says nothing. */
    comparison: {
        says: 'gt' | 'lt' | 'eq';
        text: string;
    } | null;
    /**
     * The item the figures are of: the 类/款/项 names its paragraph opens with ("1、社会保障和就业支出（类）
     * 行政事业单位养老支出（款）行政单位离退休（项）。…年初预算为 54.53 万元"), or its section's heading
     * ("（一）一般公共服务支出（类）"), in that order; null when its paragraph names none.
     */
    path: string[] | null;
    /** The words of the budget's clause before 年初预算 ("一般公共预算财政拨款支出"), the whole's name when no path. */
    subject: string;
    /** The budget as the text names it: 年初 or 全年/调整 (the table's budget or adjusted-budget column). */
    budgetKind: 'budget' | 'adjusted_budget';
    section: NarrativeSection;
    sentence: string;
}
/**
 * The path a text opens with, after its numbering, when the path is the paragraph's subject (a
 * heading, or followed by what it was used for or its budget): "城乡社区支出（类）未完成年初预期" is a
 * reason, not a paragraph's subject.
 */
export declare function pathOpening(text: string): string[] | null;
/** Every budget-and-outturn pair the narrative states, with its rate and comparison word. */
export declare function readOutturns(sections: NarrativeSection[]): OutturnClaim[];
