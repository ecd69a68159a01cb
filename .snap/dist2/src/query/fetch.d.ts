/**
 * The SQL the comparisons share, written once in the dialect DuckDB and PostgreSQL both speak, and
 * the rows it answers turned into plain records. Only the newest version of a department-year-phase
 * is compared (a corrected file replaces the one it corrects).
 */
import type { Phase, TableKind } from '../model/types.js';
import { storedDocument } from '../store/sql-store.js';
import type { Store, StoredDocument } from '../store/store.js';
export type Param = string | number | boolean | null;
/** `$from, $from+1, …` for a list of parameters. */
export declare function placeholders(count: number, from: number): string;
/**
 * A document whose version is the newest of its department, year and phase: a flag the store keeps
 * as it stores a later version (put.ts), read instead of numbering every document's versions in a
 * window over the whole store for each query.
 */
export declare const NEWEST_VERSION = "d.newest";
/** A document as the store lists it: the comparisons name their documents with the store's own fields. */
export type DocumentRef = StoredDocument;
export declare const DOCUMENT_FIELDS = "d.id, d.sha256, d.title, d.department, d.region, d.level, d.year, d.phase, d.profile, d.source_file, d.version, d.errors, d.warnings, d.infos";
export declare const documentRef: typeof storedDocument;
export interface DocumentQuery {
    department?: string;
    region?: string;
    year?: number;
    phase?: Phase;
}
/** The conditions (on documents `d`) for the newest documents that match; their values added to `params`. */
export declare function newestWhere(filter: DocumentQuery, params: Param[]): string;
/** The newest documents that match, by department and year. */
export declare function newestDocuments(store: Store, filter: DocumentQuery): Promise<DocumentRef[]>;
/** One amount of one row, as stored. */
export interface StoredCell {
    documentId: number;
    tableNo: number;
    kind: TableKind;
    tableTitle: string;
    unit: string;
    rowNo: number;
    code: string | null;
    name: string;
    level: number | null;
    isTotal: boolean;
    side: string | null;
    columnKey: string;
    amount: unknown;
    scale: unknown;
    page: number | null;
    line: number | null;
    cell: string | null;
}
/**
 * The amounts under the given column keys of every row of the documents' tables of these kinds
 * (every kind when `kinds` is null). The documents are named on each of the three tables joined,
 * so that PostgreSQL finds the cells by their index instead of reading them all, and DuckDB
 * filters them as it scans.
 */
export declare function cellsOf(store: Store, documentIds: number[], kinds: readonly TableKind[] | null, columnKeys: readonly string[], 
/** Only total rows and rows of these levels (a comparison of 类 and 款 needs no 项). */
levels?: readonly number[]): Promise<StoredCell[]>;
/** Only the first table of each kind in a document: a kind's later tables are per-unit repeats. */
export declare function firstTableOfKind(cells: StoredCell[]): StoredCell[];
/**
 * What makes two rows of one kind of table the same line in two documents: the side, then the
 * classification code, else the name; totals match totals (合计, 总计 …) of the same side. A key
 * repeated within one table (the same name twice) gets its occurrence number.
 */
export declare function rowKeys(cells: StoredCell[]): Map<StoredCell, string>;
