import type { Rule } from '../types.js';
/** A whole the narrative states equals the parts it states for it. */
export declare const narrativeSum: Rule;
