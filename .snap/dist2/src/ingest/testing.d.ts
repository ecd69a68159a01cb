/** Folders of seed copies for the ingest tests, and the command line run as a process. */
import { type ChildProcess } from 'node:child_process';
import { type Target } from '../store/open.js';
import type { Store } from '../store/store.js';
export declare const bin: string;
export declare const seedDir: string;
export declare const seedFiles: () => string[];
/**
 * `copies` copies of each seed in `dir`, each with bytes of its own (blank lines added at the end,
 * which the reader passes over): distinct sha256s, the same document — as a corrected file
 * republished under the same department and year.
 */
export declare function seedCopies(dir: string, copies: number): string[];
export declare function cli(...args: string[]): {
    code: number | null;
    stdout: string;
    stderr: string;
};
/** The command line in the background, its stderr lines counted as they come. */
export declare function cliProcess(...args: string[]): {
    child: ChildProcess;
    lines: () => string[];
    done: Promise<number | null>;
};
/** Waits until `ready()` holds (polling), or fails after `ms`. */
export declare function until(ready: () => boolean, ms?: number): Promise<void>;
/** Opens the store, runs `work` on it, closes it. */
export declare function withStore<T>(target: Target, work: (store: Store) => Promise<T>): Promise<T>;
/**
 * The two files of one disclosure (北京's 情况说明 and 报表, two-files.case.ts) in two folders of
 * `dir`, as a download of a city's disclosures sorts them: [narrative, tables].
 */
export declare function twoFileDisclosure(dir: string): [string, string];
