import type { Rule } from '../types.js';
/** x / base as a percentage at `decimals` decimals, rounded half up. */
export declare function percentOf(part: bigint, base: bigint, decimals: number): bigint;
/** Every share the narrative states (占 x%) equals the amount over the whole it is a share of. */
export declare const narrativeShare: Rule;
