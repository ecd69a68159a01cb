import type { Rule } from '../types.js';
/** Two-sided tables (收支总表, 财政拨款收支总表): each side adds up, and 收入总计 = 支出总计. */
export declare const balance: Rule;
