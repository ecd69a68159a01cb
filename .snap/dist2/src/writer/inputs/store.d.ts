import type { BudgetDocument, Phase } from '../../model/types.js';
import type { Store } from '../../store/store.js';
export interface StoredYear {
    department: string;
    year: number;
    phase: Phase;
}
/** The newest stored document of the department for the year and phase, or null when there is none. */
export declare function storedDocument(store: Store, wanted: StoredYear): Promise<BudgetDocument | null>;
/** Open the store `db` names (a DuckDB file or postgres://…), run `work`, close it. */
export declare function withStore<T>(db: string, work: (store: Store) => Promise<T>): Promise<T>;
