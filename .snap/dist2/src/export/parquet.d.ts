import type { ExportTable } from './input.js';
/** The columns of the Parquet file, in order (docs/export.md). */
export declare const PARQUET_COLUMNS: readonly [readonly ["document_title", "VARCHAR"], readonly ["department", "VARCHAR"], readonly ["year", "INTEGER"], readonly ["phase", "VARCHAR"], readonly ["source_file", "VARCHAR"], readonly ["sha256", "VARCHAR"], readonly ["table_index", "INTEGER"], readonly ["table_kind", "VARCHAR"], readonly ["table_title", "VARCHAR"], readonly ["unit", "VARCHAR"], readonly ["row_index", "INTEGER"], readonly ["row_code", "VARCHAR"], readonly ["row_name", "VARCHAR"], readonly ["row_level", "INTEGER"], readonly ["is_total", "BOOLEAN"], readonly ["side", "VARCHAR"], readonly ["column_key", "VARCHAR"], readonly ["column_label", "VARCHAR"], readonly ["amount", "DECIMAL"], readonly ["decimals", "INTEGER"], readonly ["origin", "VARCHAR"]];
/** The scale every amount fits at exactly: the most decimals any cell printed. */
export declare function commonScale(tables: ExportTable[]): number;
/** Write the cells of the tables to a Parquet file at `path` (the caller gives a temporary name and renames it). */
export declare function writeParquet(tables: ExportTable[], path: string): Promise<void>;
