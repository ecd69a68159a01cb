import { balance } from './rules/balance.js';
import { classificationCodes } from './rules/classification-codes.js';
import { crossTable } from './rules/cross-table.js';
import { emptyStatement } from './rules/empty-statement.js';
import { hierarchySum } from './rules/hierarchy-sum.js';
import { itemAmount } from './rules/item-amount.js';
import { narrativeAmount } from './rules/narrative-amount.js';
import { narrativeChange } from './rules/narrative-change.js';
import { narrativeCount } from './rules/narrative-count.js';
import { narrativeShare } from './rules/narrative-share.js';
import { narrativeSum } from './rules/narrative-sum.js';
import { outturnComparison } from './rules/outturn-comparison.js';
import { performanceAmount } from './rules/performance-amount.js';
import { performanceIndicator } from './rules/performance-indicator.js';
import { procurementSum } from './rules/procurement-sum.js';
import { requiredTables } from './rules/required-tables.js';
import { rowIdentity } from './rules/row-identity.js';
import { threePublicSum } from './rules/three-public-sum.js';
import { tocTables } from './rules/toc-tables.js';
import { wording } from './rules/wording.js';
import { zeroFund } from './rules/zero-fund.js';
import type { Rule } from './types.js';

/** Every rule, in the order reports list them. A repository test keeps this, the docs and the tests in step. */
export const RULES: Rule[] = [
  hierarchySum,
  rowIdentity,
  balance,
  threePublicSum,
  procurementSum,
  crossTable,
  narrativeAmount,
  narrativeShare,
  narrativeSum,
  narrativeChange,
  zeroFund,
  itemAmount,
  outturnComparison,
  narrativeCount,
  performanceAmount,
  performanceIndicator,
  wording,
  emptyStatement,
  requiredTables,
  tocTables,
  classificationCodes,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
