/**
 * `budgetlens ingest <files|folders…> [--db …] [--jobs N] [--shared]`: every document checked and
 * stored, each once (by sha256), one transaction each; every file that fails recorded with its
 * reason. Exit 0 when everything is stored, 1 when a document of the run has error findings (as
 * `check`), 2 when a file could not be read or stored, or the database not opened.
 */
import type { CliArgs } from './args.js';
import type { CliIO } from './main.js';
export declare function ingestCommand(args: CliArgs, io: CliIO): Promise<number>;
