/**
 * A rule across documents: a document's figures of an earlier budget — the 上年预算数 a budget
 * prints beside this year's (2025年预算数 | 2026年预算数), and the 年初预算数 of a final account —
 * must be what that budget's own document printed. Executed figures (上年执行数) are not budgets
 * and are not compared.
 */
import { type TableKind } from '../model/types.js';
import type { Store } from '../store/store.js';
import { type DocumentQuery, type DocumentRef } from './fetch.js';
export declare const PRIOR_YEAR_RULE = "prior-year";
export interface CellPlace {
    file: string;
    table: string;
    page: number | null;
    line: number | null;
    cell: string | null;
}
export interface PriorYearFinding {
    rule: typeof PRIOR_YEAR_RULE;
    severity: 'error';
    document: DocumentRef;
    /** The document of the budget the figure restates. */
    earlier: DocumentRef;
    kind: TableKind;
    code: string | null;
    name: string;
    /** The column as the document prints it (2025年预算数, 年初预算数). */
    column: string;
    /** 万元: what the document prints, what the earlier document printed, and the difference. */
    actual: string;
    expected: string;
    difference: string;
    source: CellPlace;
    earlierSource: CellPlace;
    message: {
        zh: string;
        en: string;
    };
}
export declare function priorYearFindings(store: Store, filter?: DocumentQuery): Promise<PriorYearFinding[]>;
