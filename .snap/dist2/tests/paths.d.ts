export declare const projectRoot: string;
/** ../shared beside the clone (CI has it there); tests that need it skip visibly when absent. */
export declare const sharedDir: string;
