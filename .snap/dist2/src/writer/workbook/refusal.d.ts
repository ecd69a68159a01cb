/**
 * Input the writer refuses: every problem found, each naming where it is (sheet and cell, or file and
 * line), Chinese first and English. Thrown as one InputError (exit 2) listing them all, before
 * anything is written.
 */
import type { TableKind } from '../../model/types.js';
import { InputError } from '../../source/errors.js';
export interface Refusal {
    /** What kind of problem: missing-table, unfilled, sum, code, negative, not-a-number, not-a-workbook, json. */
    reason: string;
    zh: string;
    en: string;
    sheet?: string;
    /** A cell, or a range of cells (`A6:I6`: an unfilled table's rows). */
    cell?: string;
    /** The table the problem is about, when it is one table as a whole (missing, unfilled). */
    table?: TableKind;
    line?: number;
}
/** `一般公共预算支出表!D7`, or the sheet alone, or `:12` for a line. */
export declare function refusalPlace(r: Refusal): string;
export declare class InputRefused extends InputError {
    readonly refusals: Refusal[];
    constructor(refusals: Refusal[], file: string);
    line(): string;
}
