import type { Rule } from './types.js';
/** Every rule, in the order reports list them. A repository test keeps this, the docs and the tests in step. */
export declare const RULES: Rule[];
export declare function ruleById(id: string): Rule | undefined;
