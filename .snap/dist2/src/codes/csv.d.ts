/** The small CSV dialect of the data files: a header row, fields quoted with "" when needed. */
export declare function parseCsvLine(line: string): string[];
/** Rows as records keyed by the header's column names, fields trimmed. */
export declare function parseCsv(text: string): Array<Record<string, string>>;
/** A data file's rows, parsed once (a year's list is built from the base file several times). */
export declare function readDataCsv(file: string): ReadonlyArray<Readonly<Record<string, string>>> | null;
/** The rows of a data file, each mapped by `row`, read once and kept (null when there is no such file). */
export declare function dataTable<T>(file: string, row: (fields: Record<string, string>) => T): T[] | null;
