import type { BudgetDocument } from './types.js';
export declare class ModelJsonError extends Error {
}
/** `extract --format json` output (one document, or an array of one) → the model. Throws ModelJsonError naming the bad field. */
export declare function documentFromJson(value: unknown): BudgetDocument;
