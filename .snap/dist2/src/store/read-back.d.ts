/**
 * A stored document read back into the model's shapes — its tables with their rows, exact amounts
 * and origins, its narrative and its findings — through the store's read-only `query`, so it is
 * the same code on both engines. The base the exports build on.
 */
import type { Amount, Finding, NarrativeSection, Origin, Table } from '../model/types.js';
import type { QueryRow, Store, StoredDocument } from './store.js';
export interface StoredContent {
    document: StoredDocument;
    tables: Table[];
    narrative: NarrativeSection[];
    overview: NarrativeSection[];
    findings: Finding[];
}
/** An origin with only the fields the store has for it, as the model writes it. */
export declare function originOf(row: QueryRow): Origin;
/** DECIMAL(20,6) text ("16239.540000", "-0.5") → the amount with the decimals printed. */
export declare function amountOf(decimal: string, scale: number, raw: string): Amount;
/** The stored document with this id, or null. */
export declare function readStoredDocument(store: Store, id: number): Promise<StoredContent | null>;
