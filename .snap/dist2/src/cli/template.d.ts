import { type CliArgs } from './args.js';
export declare function templateCommand(args: CliArgs, io: {
    stdout: (text: string) => void;
}): Promise<number>;
