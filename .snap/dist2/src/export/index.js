/**
 * Exports of tables — read from files now, from a store query later (both give `ExportTable`s):
 * CSV (a folder, one file per table kind), XLSX (one workbook), Parquet (one file, by DuckDB) and a
 * Fiscal Data Package (a folder: datapackage.json and its CSV). docs/export.md says what each holds.
 */
export { csvFiles } from './csv.js';
export { fdpFiles } from './fdp.js';
export { tablesOf } from './input.js';
export { writeParquet } from './parquet.js';
export { xlsxBytes } from './xlsx.js';
export const EXPORT_FORMATS = ['csv', 'xlsx', 'parquet', 'fdp'];
/** Formats written as a folder of files; the others are one file. */
export const FOLDER_FORMATS = ['csv', 'fdp'];
export const isExportFormat = (format) => EXPORT_FORMATS.includes(format);
//# sourceMappingURL=index.js.map