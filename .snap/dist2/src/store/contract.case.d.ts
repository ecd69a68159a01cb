import type { BudgetDocument } from '../model/types.js';
import type { Store } from './store.js';
/** The seed as `ingest` reads it, under a sha256 of the caller's choosing. */
export declare function seedDocument(sha256?: string, file?: string): BudgetDocument;
export declare function storeContract(engine: string, open: () => Promise<Store>): void;
/** A seed's bytes, for tests that ingest files. */
export declare const seedPath: string;
export declare const seedBytes: () => NonSharedBuffer;
