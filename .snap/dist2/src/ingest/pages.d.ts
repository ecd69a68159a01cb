import type { BudgetDocument } from '../model/types.js';
/**
 * Pages a document was read from: per file, the last page any table, row or section points at,
 * summed over its files (北京's 情况说明 and 报表); 0 for text, which has no pages.
 */
export declare function pagesOf(doc: BudgetDocument): number;
