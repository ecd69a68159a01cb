import type { Rule } from '../types.js';
/**
 * A stated change (比上年增加/减少 x 万元, 增长/下降 y%) agrees with the figures it states: the
 * prior-year figure when given, and the percentage x / (current ∓ x). A change the document gives
 * nothing to check against is noted (info), once per narrative section.
 */
export declare const narrativeChange: Rule;
