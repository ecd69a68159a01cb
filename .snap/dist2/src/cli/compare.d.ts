import { type CliArgs } from './args.js';
import type { CliIO } from './main.js';
/** One department across years (--department), else the departments side by side (--region, --year). */
export declare function compareCommand(args: CliArgs, io: CliIO): Promise<number>;
/** `query code <代码>`, `query prior-year`, `query documents`, `query failures`, `query sql "<SELECT …>"`. */
export declare function queryCommand(args: CliArgs, io: CliIO): Promise<number>;
/** `export --db … [--department] [--region] [--year] [--phase]` without files: stored documents. */
export declare function exportStored(args: CliArgs, io: CliIO): Promise<number>;
