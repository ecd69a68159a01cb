import { type CliArgs } from './args.js';
import type { CliIO } from './main.js';
export declare function serveCommand(args: CliArgs, io: CliIO): Promise<number>;
