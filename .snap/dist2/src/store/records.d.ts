import type { Amount, BudgetDocument, Finding } from '../model/types.js';
export type Value = string | number | bigint | boolean | Date | null;
export type Records = Map<string, Value[][]>;
/** What the store decides about a document before writing it. */
export interface DocumentMeta {
    id: bigint;
    version: number;
    runId: bigint | null;
    profile: string;
    ingestedAt: Date;
}
/** An amount at the store's 6 decimals, refused (never rounded) when it does not fit. */
export declare function decimalOf(amount: Amount): bigint;
/** The tables a document is written to, in the order they are written. */
export declare const DOCUMENT_TABLES: string[];
/** Every row the document adds to the store; throws StoreError for an amount it cannot keep exactly. */
export declare function documentToRecords(doc: BudgetDocument, findings: Finding[], meta: DocumentMeta): Records;
