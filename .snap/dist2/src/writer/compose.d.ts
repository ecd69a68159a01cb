import type { BudgetDocument, Table, TableKind } from '../model/types.js';
import type { WriterInput } from './input.js';
import { type WrittenDocument } from './layout.js';
import type { WriterProfile } from './profiles.js';
/** 1 → 一, 12 → 十二, 21 → 二十一: the numbering of headings. */
export declare function chineseNumeral(n: number): string;
/** A table is empty when it holds no amount other than zero. */
export declare const isEmptyTable: (table: Table) => boolean;
/** The input's tables in the profile's order, then those of kinds the profile does not list (unknown ones are left out). */
export declare function orderedTables(doc: BudgetDocument, listed: Array<[TableKind, string]>): Array<{
    table: Table;
    title: string;
}>;
export declare function composeDisclosure(input: WriterInput, profile: WriterProfile): WrittenDocument;
