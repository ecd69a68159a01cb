/**
 * The tables of stored documents, read back from the store in the shape the exports take: the
 * newest version of each department-year-phase that matches, in department and year order.
 */
import type { ExportTable } from '../export/input.js';
import type { Store } from '../store/store.js';
import { type DocumentQuery } from './fetch.js';
export declare function storedTables(store: Store, filter: DocumentQuery): Promise<{
    tables: ExportTable[];
    documents: number;
}>;
