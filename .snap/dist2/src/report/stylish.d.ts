import type { BudgetDocument, Finding } from '../model/types.js';
import { type ReportEntry } from './entries.js';
export interface Summary {
    errors: number;
    warnings: number;
    infos: number;
}
/** The terminal view, in Chinese first: findings grouped by table, one line each, with where they point (line, page or sheet!cell). */
export declare function formatStylish(doc: BudgetDocument, findings: Finding[], summary: Summary, options?: {
    infos?: boolean;
}): string;
/** The count of findings in one line, marked ✖ when there is an error. */
export declare function summaryLine(summary: Summary): string;
/** Several files: each file's findings or why it could not be read, then the total across them. */
export declare function formatStylishReport(entries: ReportEntry[], options?: {
    infos?: boolean;
}): string;
