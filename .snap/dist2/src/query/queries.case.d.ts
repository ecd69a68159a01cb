import type { BudgetDocument } from '../model/types.js';
import type { Store } from '../store/store.js';
/** The 2024 seed as the department's 2025 document: 2011301 行政运行 +1.00; 三公 上年预算数 printed, 公务接待费 wrong by 0.10. */
export declare function nextYear(): BudgetDocument;
export declare function queryContract(engine: string, open: () => Promise<Store>): void;
