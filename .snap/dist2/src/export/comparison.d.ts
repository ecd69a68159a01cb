/**
 * A comparison's table (src/query/comparison-table.ts) exported with the project's own writers: CSV
 * with the byte-order mark Excel needs, XLSX with amounts as numbers shown at their decimals.
 */
import type { ComparisonTable } from '../query/comparison-table.js';
export declare function comparisonCsv(table: ComparisonTable): string;
export declare function comparisonXlsx(table: ComparisonTable): Buffer;
