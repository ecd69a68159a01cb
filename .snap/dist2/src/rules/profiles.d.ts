import type { BudgetDocument, Phase, TableKind } from '../model/types.js';
/** Which tables a disclosure must publish: the national baseline, and regional templates on top of it. */
export interface Profile {
    id: string;
    name: {
        zh: string;
        en: string;
    };
    /** 预算 or 决算: each phase has its own set of tables. */
    phase: Phase;
    required: Array<[TableKind, string]>;
    /** Does the document come from this profile's jurisdiction? */
    matches(doc: BudgetDocument): boolean;
}
/** 财预〔2016〕143号: eight tables for a department budget. */
export declare const NATIONAL_BUDGET_TABLES: Array<[TableKind, string]>;
/** 决算公开: nine tables (the Ministry's template, as the Shanghai final accounts print it). */
export declare const NATIONAL_FINAL_ACCOUNT_TABLES: Array<[TableKind, string]>;
export declare const PROFILES: Profile[];
export declare const NATIONAL: Profile;
export declare const NATIONAL_FINAL_ACCOUNT: Profile;
/** Every profile `--profile` may name. */
export declare const ALL_PROFILES: Profile[];
/** The profile named, or the first regional one of the document's phase it matches, or that phase's baseline. */
export declare function profileFor(doc: BudgetDocument, id?: string): Profile;
