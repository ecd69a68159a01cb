/**
 * Putting a document, written once for both engines: inside the caller's transaction, a document
 * whose files are stored already is left as it is (idempotent by sha256); otherwise it gets the
 * next id and the next version of its department-year-phase (a corrected file is version 2), and
 * all its rows are appended.
 */
import type { BudgetDocument, Finding } from '../model/types.js';
import type { Session } from './engine.js';
import type { PutOptions, PutResult } from './store.js';
/** The files of a document: its parts, or its one source. */
export declare function fileHashes(doc: BudgetDocument): string[];
export declare function storedIdOf(session: Session, hashes: string[]): Promise<{
    id: number;
    version: number;
} | null>;
export declare function putInSession(session: Session, doc: BudgetDocument, findings: Finding[], options: PutOptions): Promise<PutResult>;
