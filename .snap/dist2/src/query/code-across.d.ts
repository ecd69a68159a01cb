import type { Phase, TableKind } from '../model/types.js';
import type { Store } from '../store/store.js';
import { type DocumentRef } from './fetch.js';
export interface CodeSpending {
    document: DocumentRef;
    kind: TableKind;
    table: string;
    name: string;
    /** 万元. */
    total: string | null;
    basic: string | null;
    project: string | null;
    page: number | null;
    line: number | null;
    cell: string | null;
}
export interface CodeAcross {
    code: string;
    unit: '万元';
    /** Largest total first. */
    spending: CodeSpending[];
}
export declare function codeAcross(store: Store, code: string, filter?: {
    year?: number;
    region?: string;
    phase?: Phase;
}): Promise<CodeAcross>;
