import { NATIONAL_BUDGET_TABLES } from '../profiles.js';
import type { Rule } from '../types.js';
export { NATIONAL_BUDGET_TABLES };
/** The tables the disclosure rules (national baseline, or the regional profile) require are present. */
export declare const requiredTables: Rule;
