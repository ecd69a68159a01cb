import type { Phase, TableKind } from '../model/types.js';
import type { Store } from '../store/store.js';
import { type DocumentRef } from './fetch.js';
import { type Change } from './money.js';
import { type PriorYearFinding } from './prior-year.js';
/** Tables whose lines mean the same from year to year. */
export declare const COMPARED_KINDS: readonly TableKind[];
export interface ComparedLine {
    kind: TableKind;
    side: string | null;
    code: string | null;
    name: string;
    level: number | null;
    isTotal: boolean;
    /** 万元, one per year of `years`; null where that year's table has no such line. */
    values: Array<string | null>;
    /** The last year against the year before it, when both print the line. */
    change: Change | null;
}
export interface NarrativeChange {
    year: number;
    label: string;
    direction: number | null;
    /** The change as the text states it, in the narrative's unit (万元 in the documents seen). */
    amount: string | null;
    percent: string | null;
    sentence: string;
}
export interface DepartmentYears {
    department: string;
    phase: Phase;
    unit: '万元';
    years: number[];
    documents: DocumentRef[];
    lines: ComparedLine[];
    narrative: NarrativeChange[];
    /** 上年 figures that differ from what the earlier year's document printed. */
    priorYear: PriorYearFinding[];
}
export declare function departmentYears(store: Store, department: string, phase?: Phase): Promise<DepartmentYears>;
