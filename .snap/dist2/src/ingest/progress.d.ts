/**
 * What `ingest` says while it runs: on a terminal one line rewritten as files are done (files
 * done, pages per second, failed files and error findings so far), failures printed above it; when not a terminal, one
 * plain line per file. And the summary at the end.
 */
import type { FileEvent } from './settle.js';
export interface Tally {
    files: number;
    stored: number;
    skipped: number;
    failed: number;
    pages: number;
    /** Documents of the run (stored now or before) with error findings, and those findings. */
    withErrors: number;
    errors: number;
    failures: FileEvent[];
}
export declare function emptyTally(): Tally;
export declare function count(tally: Tally, event: FileEvent): void;
/** The line of one file, as a log line. */
export declare function fileLine(event: FileEvent, done: number, total: number): string;
export declare function progressPrinter(write: (text: string) => void, total: number, tty: boolean, now?: () => number): {
    tally: Tally;
    onFile(event: FileEvent): void;
    clear(): void;
    seconds: () => number;
};
export declare function summaryText(tally: Tally, seconds: number, location: string): string;
