import type { BudgetDocument, Row, Table } from '../../model/types.js';
import { type AmountClaim } from '../../narrative/claims.js';
import type { Rule } from '../types.js';
/** Where a narrative amount is printed in the tables: a table, a row and a column. */
interface Target {
    table: Table;
    row: Row;
    key: string;
    /** Rows of other scopes the text may mean as well (all funds or one fund): agreeing with one is enough. */
    also?: Target[];
}
export declare function targetOf(doc: BudgetDocument, claim: AmountClaim): Target | null;
/** Amounts the narrative states agree with the tables that print them. */
export declare const narrativeAmount: Rule;
export {};
