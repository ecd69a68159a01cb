import type { TextStyle } from '../adapters/blocks.js';
import type { Finding, MoneyUnit, Table, TableKind } from '../model/types.js';
import { type GridLayout } from './header.js';
import type { RawTable } from './segment.js';
export interface RecognizeContext {
    file: string;
    style: TextStyle;
    year: number | null;
    department: string | null;
    unit: MoneyUnit;
    findings: Finding[];
    /** Funds and sources the document has no money in (from its 收支总表), for re-placing shifted cells. */
    absent: Set<string>;
}
/** A total row's name; the colon after it is the label's punctuation (长春 预算表 3 and 5: 总计：). */
export declare const TOTAL_NAME: RegExp;
export declare function buildGridTable(raw: RawTable, kind: TableKind, ctx: RecognizeContext, layout?: GridLayout): Table;
