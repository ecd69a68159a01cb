import { type CodeEntry, type Coverage, type Scheme } from '../codes/lists.js';
/** `budgetlens codes <query>`: look a classification code or name up, with its parents and children. */
export interface CodesOptions {
    query: string;
    year: number;
    scheme: Scheme | null;
    format: 'text' | 'json';
}
export interface CodeMatch {
    scheme: Scheme;
    entry: CodeEntry;
    path: CodeEntry[];
    children: CodeEntry[];
    /** How the list of the asked year was obtained, and from which year's file. */
    coverage: Coverage;
    listYear: number | null;
}
export declare function lookupCodes(options: CodesOptions): CodeMatch[];
export declare function formatCodeMatches(matches: CodeMatch[]): string;
