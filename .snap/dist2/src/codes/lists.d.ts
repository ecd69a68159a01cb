/** One entry of a classification list (政府收支分类科目). */
export interface CodeEntry {
    code: string;
    name: string;
    level: number;
    parent: string | null;
    status: string;
    /** The years of LIST_YEARS whose list has this code with this name. */
    years: number[];
}
export type Scheme = 'function' | 'economic-department' | 'economic-government';
/**
 * How a year's list was obtained: `exact` from that year's file; `derived` from the base year's file
 * and the renamings, additions and removals recorded for that year (changes nobody found a source for
 * are not known); `fallback` for a year nobody reviewed: the base list with whatever changes are recorded.
 */
export type Coverage = 'exact' | 'derived' | 'fallback';
/** The years BudgetLens keeps lists for; 2024 is the one written out in full. */
export declare const LIST_YEARS: readonly [2023, 2024, 2025];
export declare const BASE_YEAR = 2024;
export declare function parseCodeCsv(text: string): CodeEntry[];
/** A classification list with lookups by code and by normalised name. */
export declare class CodeList {
    readonly entries: CodeEntry[];
    /** The year this list stands for. */
    readonly year: number | null;
    readonly coverage: Coverage;
    /** The year of the file the entries come from (differs from `year` unless exact). */
    readonly baseYear: number | null;
    readonly byCode: Map<string, CodeEntry>;
    private readonly byName;
    /** Codes whose children the list writes out. */
    private readonly parents;
    constructor(entries: CodeEntry[], 
    /** The year this list stands for. */
    year?: number | null, coverage?: Coverage, 
    /** The year of the file the entries come from (differs from `year` unless exact). */
    baseYear?: number | null);
    get isExact(): boolean;
    /** Does the list write out any entry under this code (the 项 of a 款, the 款 of a 类)? */
    hasChildren(code: string): boolean;
    named(name: string): CodeEntry[];
    /** Entries with this name at this level, under `parent` when given. */
    find(name: string, level: number, parent?: string | null): CodeEntry[];
}
/** The list of a scheme for a year, with `years` on each entry; `coverage` says how exact it is. */
export declare function codeList(scheme: Scheme, year?: number): CodeList;
