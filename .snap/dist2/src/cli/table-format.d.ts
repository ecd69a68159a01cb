import type { BudgetDocument } from '../model/types.js';
/**
 * Human-readable dump of a document: one block per table, rows indented by level; with `explain`,
 * why each table got its kind and each column its key, before its rows.
 */
export declare function formatDocumentTable(doc: BudgetDocument, options?: {
    explain?: boolean;
}): string;
