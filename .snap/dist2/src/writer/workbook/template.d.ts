import { type Sheet } from '../../export/workbook.js';
import type { BudgetDocument } from '../../model/types.js';
import { type TableLayout, type TemplateProfile } from './layouts.js';
export interface TemplateOptions {
    year: number;
    department?: string;
    /** Rows to write in, from a document of the same phase (its tables by kind). */
    fill?: BudgetDocument;
    /** Texts to write into the 说明 sheet, by heading. */
    texts?: Record<string, string>;
}
/** The sheet name of each table of a profile (valid and unique), in order. */
export declare function tableSheetNames(profile: TemplateProfile): string[];
/** The printed title of a table: 2026年部门收入总表. */
export declare function tableTitle(profile: TemplateProfile, layout: TableLayout, year: number): string;
/** An amount column of a sheet: its key and the labels printed above it (below any group). */
export interface SheetColumn {
    key: string;
    path: string[];
}
/** Header paths of a sheet's columns, top to bottom: the code and name columns, then the amounts. */
export declare function columnPaths(profile: TemplateProfile, layout: TableLayout, filled?: {
    income?: SheetColumn[];
    amounts: SheetColumn[];
}): string[][];
/** How many lead (code and name) columns come before the amounts. */
export declare function leadCount(profile: TemplateProfile, layout: TableLayout): number;
export declare function templateSheets(profile: TemplateProfile, options: TemplateOptions): Sheet[];
export declare function templateBytes(profile: TemplateProfile, options: TemplateOptions): Buffer;
