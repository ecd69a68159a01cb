import { type ExportColumn, type ExportTable } from './input.js';
export interface ExportFile {
    /** The file's name inside the export folder. */
    name: string;
    data: Buffer | string;
}
/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export declare function csvField(value: string): string;
/**
 * Rows as CSV text, CRLF after every record; with the byte-order mark Excel needs to read UTF-8
 * unless `bom` is false (for programs, which may take the mark for part of the first name).
 */
export declare function csvText(records: string[][], bom?: boolean): string;
/** A column's header: its name and its key, `合计 (total)`, so people and programs both find it. */
export declare const columnHeader: (c: Pick<ExportColumn, "key" | "label">) => string;
/** The records of one kind's tables: a header, then every row of every table. */
export declare function kindRecords(tables: ExportTable[]): string[][];
/** One CSV file per table kind (`expenditure_summary.csv` …), kinds in the order first met. */
export declare function csvFiles(tables: ExportTable[]): ExportFile[];
