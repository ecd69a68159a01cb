import { balance } from './rules/balance.js';
import { hierarchySum } from './rules/hierarchy-sum.js';
import { rowIdentity } from './rules/row-identity.js';
import { threePublicSum } from './rules/three-public-sum.js';
import type { Rule } from './types.js';

/** Every rule, in the order reports list them. A repository test keeps this, the docs and the tests in step. */
export const RULES: Rule[] = [hierarchySum, rowIdentity, balance, threePublicSum];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
