import type { BudgetDocument } from './types.js';
/** The document has tables of a known kind with data. */
export declare function holdsTables(doc: BudgetDocument): boolean;
/** The document has a 情况说明 (numbered narrative sections with text). */
export declare function holdsNarrative(doc: BudgetDocument): boolean;
/** A narrative whose tables are not in the document: they are published elsewhere (or missing). */
export declare function tablesElsewhere(doc: BudgetDocument): boolean;
/**
 * Tables without a narrative (北京's 附件2 报表): the 情况说明 that states what the tables do not is
 * published as another file (or missing), so what only a narrative could say is not known here.
 */
export declare function narrativeElsewhere(doc: BudgetDocument): boolean;
/** A part of a disclosure in several files, by its department-year-phase and what it holds. */
export interface PartKey {
    key: string;
    holds: 'narrative' | 'tables';
}
/**
 * For files read one at a time (ingest): the part this document is while the other part of its
 * disclosure has not been read — a narrative whose tables are elsewhere, or tables without a
 * narrative — or null when it is whole (stored as it is unless a waiting part joins it).
 */
export declare function partOf(doc: BudgetDocument): PartKey | null;
/**
 * The part a document joins if one is waiting, as groupParts joins them: a document with a
 * narrative (with or without tables) joins tables alone, tables alone join a narrative.
 */
export declare function partnerOf(doc: BudgetDocument): PartKey | null;
/**
 * The narrative part and the tables part of one disclosure as one document. The tables file's
 * tables come first, so that a kind printed in both (a summary table in the 情况说明) is read from
 * the tables file; `source` is the file given first.
 */
export declare function mergeParts(narrative: BudgetDocument, tables: BudgetDocument, narrativeFirst: boolean): BudgetDocument;
/**
 * The documents read from files given together, with the parts of one disclosure joined: in each
 * group of one department, year and phase, a file holding a narrative (with or without a few summary
 * tables) and the first file holding only tables become one document, where the earlier of the two
 * stood. A second narrative (another version of the same 情况说明) stays a document of its own.
 */
export declare function groupDocuments(docs: BudgetDocument[]): BudgetDocument[];
/**
 * groupDocuments over the outcomes of a run (a file read, or one that could not be read, which
 * keeps its place): `docOf` gives an item's document, `join` makes the item of two joined ones
 * (the earlier first).
 */
export declare function groupParts<T>(items: T[], docOf: (item: T) => BudgetDocument | null, join: (first: T, second: T, doc: BudgetDocument) => T): T[];
