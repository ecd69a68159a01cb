import type { CodeAcross } from './code-across.js';
import type { DepartmentYears } from './department-years.js';
import type { SideBySide } from './side-by-side.js';
export interface ComparisonColumn {
    /** A stable name for programs (`total`, `2024`, `201`). */
    key: string;
    /** 中文 (English), as the page and the export's header print it. */
    label: string;
    type: 'text' | 'amount' | 'count';
}
export interface ComparisonTable {
    title: string;
    unit: '万元';
    columns: ComparisonColumn[];
    rows: Array<Array<string | null>>;
}
export declare function departmentYearsTable(result: DepartmentYears): ComparisonTable;
export declare function sideBySideTable(result: SideBySide): ComparisonTable;
export declare function codeAcrossTable(result: CodeAcross): ComparisonTable;
