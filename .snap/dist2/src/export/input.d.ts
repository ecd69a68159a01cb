/**
 * What every export takes: tables, each with the metadata of its document. Read documents give
 * them now (`tablesOf`); a store query will give the same plain shape later, so the writers never
 * see where the tables came from. The shapes are narrowed from the model, so a model table passes
 * as it is and a query needs to fill only these fields.
 */
import { type ColumnData } from '../model/table-data.js';
import type { BudgetDocument, MoneyUnit, Origin, Phase, Row, TableKind } from '../model/types.js';
export interface ExportDocument {
    title: string;
    department: string | null;
    year: number | null;
    phase: Phase;
    /** The file read (the first, for a disclosure read from several) and its sha256. */
    file: string;
    sha256: string;
}
export type ExportColumn = ColumnData;
export type ExportRow = Pick<Row, 'code' | 'name' | 'level' | 'isTotal' | 'side' | 'values' | 'texts' | 'source'>;
export interface ExportTable {
    document: ExportDocument;
    kind: TableKind;
    title: string;
    unit: MoneyUnit;
    source: Origin;
    columns: ExportColumn[];
    rows: ExportRow[];
}
export declare function documentMeta(doc: BudgetDocument): ExportDocument;
/** Every table of the documents, in document order, with its document's metadata. */
export declare function tablesOf(docs: BudgetDocument[]): ExportTable[];
/**
 * The columns of several tables as one list, each key once, in the order first seen. A two-sided
 * table (收支总表) prints the same keys under 收入 and 支出; each row is on one side and says which,
 * so the side's level is dropped from the header path and the key stands once.
 */
export declare function unifiedColumns(tables: Array<Pick<ExportTable, 'columns'>>): ExportColumn[];
/** The table has rows on two sides (收入 | 支出). */
export declare function hasSides(table: Pick<ExportTable, 'rows'>): boolean;
