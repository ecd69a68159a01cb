import { type ReadOptions, type ReadResult } from './reader.js';
export type ReadOutcome = {
    file: string;
    result: ReadResult;
    error?: undefined;
} | {
    file: string;
    error: Error;
};
export interface ReadManyOptions extends ReadOptions {
    /** Reader threads when no pool is given (default: one per core). */
    jobs?: number;
    /** Called as each file is done, in the order they finish. */
    onRead?: (done: number, total: number, outcome: ReadOutcome) => void;
}
export declare function readDocuments(files: string[], options?: ReadManyOptions): Promise<ReadOutcome[]>;
