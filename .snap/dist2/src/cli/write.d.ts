import { type CliArgs } from './args.js';
import type { CliIO } from './main.js';
export declare function writeCommand(args: CliArgs, io: CliIO): Promise<number>;
