import type { Amount, BudgetDocument, Row, Table } from '../../model/types.js';
import type { Rule } from '../types.js';
/** One end of a tie: a cell (or a figure computed from one row) of a table. */
interface End {
    table: Table;
    row: Row;
    key: string;
    value: Amount | undefined;
}
/**
 * One figure the document states in two tables that measure the same money. `b` is reported. For
 * `equal` ties, `b` equals `a` (or one of `alternatives` for `a`, when the tables' scope cannot be told
 * apart: with or without the carry-over). For `at-most` ties, `b` is a part of `a`'s money.
 */
interface Tie {
    what: string;
    relation: 'equal' | 'at-most';
    a: End;
    b: End;
    alternatives?: Array<Amount | undefined>;
}
/** The ties between the standard tables that hold whatever the template (documented in the rule doc). */
export declare function tiesOf(doc: BudgetDocument): Tie[];
/** The same money in different tables agrees. */
export declare const crossTable: Rule;
export {};
