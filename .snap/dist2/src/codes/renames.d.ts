/** A code renamed (or renumbered) in a year's list: the new pair is valid from `fromYear` on. */
export interface Rename {
    oldCode: string;
    oldName: string;
    newCode: string;
    newName: string;
    fromYear: number;
    status: string;
    note: string;
}
/** Where a code and name pair stands in another year's list than the document's. */
export interface OtherYearName {
    /** A year whose list has the printed pair. */
    year: number;
    /** The pair the document's year has instead. */
    code: string;
    name: string;
}
/** The recorded renamings of a scheme, or null when none were reviewed for it (no file). */
export declare function renamesOf(scheme: string): Rename[] | null;
/** Only renamings we are sure of change lists and findings; unverified rows are kept for review. */
export declare function knownRenames(scheme: string): Rename[];
interface Pair {
    code: string;
    name: string;
}
/** Moves a list of `from` year to `to` year: each renaming crossed is applied forwards or backwards. */
export declare function applyRenames<T extends Pair & {
    parent: string | null;
}>(entries: T[], renames: Rename[], from: number, to: number): T[];
/** The year whose list has this printed pair when the document's year has another (an old or a new name). */
export declare function nameInOtherYear(scheme: string, code: string, printed: string, year: number, same: (printed: string, listed: string) => boolean): OtherYearName | null;
export {};
