export declare const TEST_PG: string;
export declare const PG_SKIP: string | boolean;
/**
 * A new empty database on the test server; its URL. Dropped when the test file ends: call it at
 * the top level of the test file (a hook's `after` would run when the hook ends).
 */
export declare function freshDatabase(label: string): Promise<string>;
