import type { Rule } from '../types.js';
/** Self-contradictory wording, a section that speaks of another fund than its heading, malformed or wrong year labels. */
export declare const wording: Rule;
