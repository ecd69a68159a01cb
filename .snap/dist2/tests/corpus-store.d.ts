import type { Store } from '../src/store/store.js';
export declare const SEEDS: string[];
export declare const ROUNDTRIP_PDF: string;
export interface CorpusStore {
    store: Store;
    close(): Promise<void>;
}
export declare function corpusStore(options?: {
    pdf?: boolean;
}): Promise<CorpusStore>;
