import { type ExportTable } from './input.js';
export declare const SEEDS: string[];
/** A round-trip fixture: a seed as LibreOffice wrote it (tests/fixtures/roundtrip). */
export declare const roundtripFixture: (name: string) => string;
export declare function tablesOfFiles(files: string[]): Promise<ExportTable[]>;
/**
 * Records of a CSV text as RFC 4180 reads them: a line whose quotes are still open continues on the
 * next (a quoted field may hold line breaks), and each record is split by the data files' reader.
 */
export declare function parseCsvRecords(text: string): string[][];
/** LibreOffice's command, when installed. */
export declare function soffice(): string | null;
/** A table as 北京's 报表 print it (万元 to six decimals) with a negative figure and a name holding a comma and quotes. */
export declare function precisionTable(): ExportTable;
