import type { BudgetDocument, NarrativeSection, Table } from '../../model/types.js';
import type { Rule } from '../types.js';
/** A count the narrative states and what the tables count for it. */
interface CountClaim {
    section: NarrativeSection;
    what: string;
    stated: number;
    counted: number;
    table: Table;
}
export declare function countClaims(doc: BudgetDocument): CountClaim[];
/** Names a unit list prints that the per-unit income table does not (at least half must match: it is a unit list). */
export declare function unlistedUnits(doc: BudgetDocument): Array<{
    section: NarrativeSection;
    name: string;
}>;
/** Counts in the narrative (一级项目 N 个, 二级项目 N 个, N 个项目的绩效目标) match what the tables list. */
export declare const narrativeCount: Rule;
export {};
