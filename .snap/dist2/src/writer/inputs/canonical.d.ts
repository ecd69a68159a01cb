import type { BudgetDocument } from '../../model/types.js';
/** The document a canonical JSON text holds (one document, or an array of exactly one). */
export declare function parseCanonicalJson(text: string, file: string): BudgetDocument;
