/**
 * Exports of tables — read from files now, from a store query later (both give `ExportTable`s):
 * CSV (a folder, one file per table kind), XLSX (one workbook), Parquet (one file, by DuckDB) and a
 * Fiscal Data Package (a folder: datapackage.json and its CSV). docs/export.md says what each holds.
 */
export { csvFiles } from './csv.js';
export { fdpFiles } from './fdp.js';
export { type ExportDocument, type ExportTable, tablesOf } from './input.js';
export { writeParquet } from './parquet.js';
export { xlsxBytes } from './xlsx.js';
export declare const EXPORT_FORMATS: readonly ["csv", "xlsx", "parquet", "fdp"];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats written as a folder of files; the others are one file. */
export declare const FOLDER_FORMATS: readonly ExportFormat[];
export declare const isExportFormat: (format: string) => format is ExportFormat;
