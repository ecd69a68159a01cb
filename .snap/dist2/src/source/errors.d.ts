/** An input that cannot be read: a one-line message, Chinese first then English; exit code 2. */
export declare class InputError extends Error {
    readonly zh: string;
    readonly en: string;
    readonly file?: string | undefined;
    constructor(zh: string, en: string, file?: string | undefined);
    /** What the layout stages saw before reading failed (`--debug-layout`). */
    details: string[];
    line(): string;
}
