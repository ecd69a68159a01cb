import type { ExportTable } from '../export/input.js';
import type { ReadOutcome } from '../read-many.js';
export interface ExportIO {
    stdout: (text: string) => void;
    /** Reads the files (through the reader pool, grouped as check and extract group them). */
    readAll: () => Promise<ReadOutcome[]>;
    /** Says on stderr that a file could not be read. */
    unreadable: (file: string, error: Error) => void;
}
export declare function exportCommand(format: string | null, out: string | null, files: string[], io: ExportIO): Promise<number>;
/** `export --db …` without files: the newest stored documents that match, read back from the store. */
export declare function exportStoredCommand(format: string | null, out: string | null, load: () => Promise<{
    tables: ExportTable[];
    documents: number;
}>, io: Pick<ExportIO, 'stdout'>): Promise<number>;
