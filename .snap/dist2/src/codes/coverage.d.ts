import { type Scheme } from './lists.js';
/** The README's per-year coverage table of a scheme (a test keeps the README in step with the data). */
export declare function coverageTable(scheme: Scheme): string;
