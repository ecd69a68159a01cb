import type { AdapterOutput } from './adapters/adapter.js';
import type { BudgetDocument, SourceFormat } from './model/types.js';
import { type Limits, type LoadedSource } from './source/load.js';
import { type ReaderPool, type ReadResult } from './source/pool.js';
export type { ReadResult };
export interface ReadOptions {
    limits?: Partial<Limits>;
    /** Keep what each layout stage found (`extract --debug-layout`). */
    debug?: boolean;
    /** The reader threads for binary files (a shared pool when not given). */
    pool?: ReaderPool;
}
/** Read text extracted from a disclosure into the canonical model. */
export declare function readText(text: string, file: string, sha256?: string): BudgetDocument;
/** Blocks from any adapter → the model, with every origin carrying its page, sheet or cell. */
export declare function documentFromBlocks(output: AdapterOutput, file: string, format: SourceFormat, sha256: string): BudgetDocument;
/**
 * Loaded bytes → the document: text in the calling thread, binary formats in a reader thread of
 * the pool (which calls this too).
 */
export declare function readLoaded(source: LoadedSource, limits: Limits, debug?: boolean): Promise<ReadResult>;
/** Read any supported file (`-` is standard input); throws InputError (exit 2) for what cannot be read. */
export declare function readDocumentWithLayout(file: string, options?: ReadOptions): Promise<ReadResult>;
/**
 * Read bytes received from someone else (an upload to `serve`): every format, text too, in a reader
 * thread of the pool, so a hostile file breaks only its thread and never holds up the caller's.
 */
export declare function readUntrusted(name: string, bytes: Buffer, options?: ReadOptions): Promise<ReadResult>;
export declare function readDocument(file: string, options?: ReadOptions): Promise<BudgetDocument>;
