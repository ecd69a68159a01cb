/**
 * The corpus browser's questions: the stored documents page by page, filtered by region, year,
 * phase, a part of the department's name and a classification code (a prefix: 201 finds 2010101);
 * how far each was read (its tables, those of unknown kind); and the values the filters offer.
 * Written once in the SQL both engines speak.
 */
import type { Phase } from '../model/types.js';
import type { Store, StoredDocument } from '../store/store.js';
export interface BrowseFilter {
    region?: string;
    year?: number;
    phase?: Phase;
    /** A part of the department's name (or of the title, for documents without one), any case. */
    department?: string;
    /** A classification code or its beginning: documents with a row of that code. */
    code?: string;
}
/** How far a stored document was read: every table recognised, some of unknown kind, or none at all. */
export type ReadStatus = 'read' | 'unknown_tables' | 'no_tables';
export interface BrowsedDocument extends StoredDocument {
    tables: number;
    unknownTables: number;
    status: ReadStatus;
}
export interface BrowsePage {
    total: number;
    page: number;
    pageSize: number;
    documents: BrowsedDocument[];
}
/** The documents that match, by region, department, year (newest first), phase and version. */
export declare function browseDocuments(store: Store, filter: BrowseFilter, page: number, pageSize: number): Promise<BrowsePage>;
export interface Facets {
    regions: Array<{
        region: string | null;
        documents: number;
    }>;
    years: number[];
    phases: Phase[];
}
/** What the filters can choose from: each region with its count of documents, the years, the phases. */
export declare function facets(store: Store): Promise<Facets>;
