import type { BudgetDocument, MoneyUnit } from '../src/model/types.js';
export declare function writtenProjection(doc: BudgetDocument, unit: MoneyUnit): Record<string, string[][]>;
