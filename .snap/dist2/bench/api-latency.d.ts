import type { BudgetDocument } from '../src/model/types.js';
import type { Store } from '../src/store/store.js';
export declare function apiLatency(name: string, store: Store, sample: Pick<BudgetDocument, 'department' | 'title' | 'year'>, code: string, rounds?: number): Promise<void>;
