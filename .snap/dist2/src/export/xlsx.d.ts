import { type ExportTable } from './input.js';
import { type Cell, type Sheet } from './workbook.js';
/** Header rows for columns given as paths (top to bottom), starting at sheet row `top` (zero-based). */
export declare function headerCells(paths: string[][], top: number): {
    rows: Cell[][];
    merges: string[];
};
/** One table as a sheet (its name chosen by the caller). */
export declare function tableSheet(table: ExportTable, name: string): Sheet;
/** The sheets of the export: 目录 first, then one per table, named `3 支出预算总表` (unique, ≤ 31 characters). */
export declare function exportSheets(tables: ExportTable[]): Sheet[];
export declare function xlsxBytes(tables: ExportTable[]): Buffer;
