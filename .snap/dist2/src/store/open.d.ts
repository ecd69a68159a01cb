import type { Store } from './store.js';
export declare const DEFAULT_DB = "budgetlens.duckdb";
export type Target = {
    dialect: 'duckdb';
    path: string;
} | {
    dialect: 'postgres';
    url: string;
};
/** What --db names; a StoreError (exit 2) for what names no database. */
export declare function parseTarget(db: string | null): Target;
export interface OpenOptions {
    /** PostgreSQL connections (one per reader lane, and one for the rest). */
    connections?: number;
}
/** Opens the store and brings its schema up to date. */
export declare function openStore(target: Target, options?: OpenOptions): Promise<Store>;
