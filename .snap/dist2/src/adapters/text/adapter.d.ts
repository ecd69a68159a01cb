import type { FormatAdapter } from '../adapter.js';
/** Text extracted from a disclosure: tab-separated PDF text, Word cell dumps, markdown exports. */
export declare const textAdapter: FormatAdapter;
