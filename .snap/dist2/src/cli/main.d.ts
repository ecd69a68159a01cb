export interface CliIO {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** stderr is a terminal: progress is shown on long runs (never when piped). */
    stderrIsTTY?: boolean;
}
export declare function run(argv: string[], io: CliIO): Promise<number>;
