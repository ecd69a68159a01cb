import type { CodeEntry } from './lists.js';
/**
 * A code added to a year's list (present from `year` on) or removed from it (present before `year`).
 * Renamings are kept apart, in `<scheme>-renames.csv`.
 */
export interface Change {
    code: string;
    name: string;
    level: number;
    parent: string | null;
    change: 'added' | 'removed';
    year: number;
    status: string;
    source: string;
}
/** The recorded additions and removals of a scheme, or null when none were reviewed for it (no file). */
export declare function changesOf(scheme: string): Change[] | null;
/**
 * Changes with a source change the lists; unverified rows are kept for review, like unverified renamings.
 * An `observed` addition is a code that documents of `year` print: it is in the lists from `year` on,
 * but when it entered the list is not known, so nothing says it is missing before.
 */
export declare function knownChanges(scheme: string): Change[];
/** Whether the changed code is in the list of `year`. */
export declare function inYear(change: Change, year: number): boolean;
/** A list of the base year moved to `year`: codes not in that year's list go (with their 项), codes new to it come in. */
export declare function applyChanges(entries: CodeEntry[], changes: Change[], year: number): CodeEntry[];
/** The recorded change that keeps this code out of the list of `year` (added later or removed before), if any. */
export declare function outOfYear(scheme: string, code: string, year: number): Change | null;
