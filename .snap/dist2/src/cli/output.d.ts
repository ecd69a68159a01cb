import type { ReadOutcome } from '../read-many.js';
import { type ReportEntry } from '../report/entries.js';
/** One line on a terminal's stderr, rewritten as each file is done, erased at the end. */
export declare function progressReporter(io: {
    stderr: (text: string) => void;
}): {
    update(done: number, total: number, outcome: ReadOutcome): void;
    clear(): void;
};
/** With --out: where the report went, and its summary (the total across files when several). */
export declare function outputSummary(out: string, entries: ReportEntry[]): string;
