/** A database that cannot be opened or used, or a document it cannot keep: one line, Chinese first; exit 2. */
export declare class StoreError extends Error {
    readonly zh: string;
    readonly en: string;
    constructor(zh: string, en: string);
    line(): string;
}
