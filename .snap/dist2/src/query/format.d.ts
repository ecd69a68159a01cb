import type { Failure, QueryRow, StoredDocument } from '../store/store.js';
import type { CodeAcross } from './code-across.js';
import type { DepartmentYears } from './department-years.js';
import type { PriorYearFinding } from './prior-year.js';
import type { SideBySide } from './side-by-side.js';
export declare function formatDepartmentYears(result: DepartmentYears): string;
export declare function formatPriorYear(findings: PriorYearFinding[]): string[];
export declare function formatSideBySide(result: SideBySide): string;
export declare function formatCodeAcross(result: CodeAcross): string;
export declare function formatDocuments(documents: StoredDocument[]): string;
export declare function formatFailures(failures: Array<Failure & {
    failedAt: string;
}>): string;
/** Rows of a free query: one column per field, in the order the first row gives. */
export declare function formatRows(rows: QueryRow[]): string;
