import type { BudgetDocument, Table } from '../../model/types.js';
import type { Rule } from '../types.js';
/**
 * Why an empty table with no statement under it is no warning, the one place that decides it: the
 * narrative states it ('stated'), or another table shows it as 0 — the column holding its whole, or
 * its fund's income in a summary (the whole and column to name) — or null when nothing says why.
 */
export declare function whyEmpty(doc: BudgetDocument, table: Table): 'stated' | {
    whole: string;
    column: string;
} | null;
/** An empty table carries its statement; a statement that a table is empty is not contradicted by it. */
export declare const emptyStatement: Rule;
