export declare const bin: string;
export declare const seed: (name: string) => string;
export declare const SEED_000: string;
export declare const SEED_003: string;
export declare function cli(...args: string[]): {
    code: number | null;
    stdout: string;
    stderr: string;
};
