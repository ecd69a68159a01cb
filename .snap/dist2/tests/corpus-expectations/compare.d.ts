import type { BudgetDocument, Table } from '../../src/model/types.js';
import type { Expectation } from './fixture.js';
/** Titles, names and labels compared as a reader sees them: no spaces, full-width forms folded, no quotes, no 一、 or 其中: in front. */
export declare function norm(text: string): string;
/**
 * Each expected table's read table: on its page, by title (one includes the other) and kind, by
 * title, by kind, else the only table starting there. Tables are taken once, in document order.
 */
export declare function matchTables(doc: BudgetDocument, e: Expectation): Array<Table | undefined>;
export declare function documentDiffs(doc: BudgetDocument, e: Expectation): string[];
export declare function tableDiffs(doc: BudgetDocument, e: Expectation, matched: Array<Table | undefined>): string[];
type Matched = Array<Table | undefined>;
export declare function totalDiffs(e: Expectation, matched: Matched): string[];
export declare function classRowDiffs(e: Expectation, matched: Matched): string[];
export declare function threePublicDiffs(e: Expectation, matched: Matched): string[];
export {};
