import type { Rule } from './types.js';
/** The doc page of a rule, generated from its meta (docs/rules/<id>.md); `npm run docs:rules` rewrites them. */
export declare function ruleDoc(rule: Rule): string;
export declare function rulesIndex(rules: Rule[]): string;
