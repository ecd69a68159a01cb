import type { Rule } from '../types.js';
/**
 * "年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%。决算数小于预算数的主要原因是…": the
 * word comparing the outturn with the budget agrees with X and Y, and a completion rate has a
 * budget to be a rate of. (Z = Y / X itself is narrative-share's; X and Y against the tables are
 * narrative-amount's.)
 */
export declare const outturnComparison: Rule;
