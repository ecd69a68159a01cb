import type { Rule } from '../types.js';
/** A project's 年度资金总额 in its performance table equals its amount in the project table; a one-year project's 实施期 total equals its annual total. */
export declare const performanceAmount: Rule;
