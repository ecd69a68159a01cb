import type { BudgetDocument } from '../model/types.js';
import type { Locale } from '../rules/types.js';
import type { ReaderPool } from '../source/pool.js';
import { ApiError } from './errors.js';
import type { ServerOptions } from './options.js';
import type { KeptResult, ResultCache } from './results.js';
import { type UploadedFile } from './store-upload.js';
export interface UploadContext {
    options: ServerOptions;
    pool: ReaderPool;
    results: ResultCache;
}
/** An upload's name as a plain file name: no folders, no control characters, not too long. */
export declare function uploadName(name: string): string;
/** A file read: its bytes and the document it holds (one part of a disclosure, perhaps). */
export interface ReadUpload {
    files: Array<UploadedFile & {
        pdf: boolean;
    }>;
    doc: BudgetDocument;
}
/** Reads one upload; an ApiError (413, 415, 422) when it is too large, of no known format or unreadable. */
export declare function readUpload(file: File, context: UploadContext): Promise<ReadUpload>;
/** Reads several uploads side by side; a file that fails keeps its place as its error. */
export declare function readUploads(files: File[], context: UploadContext): Promise<Array<ReadUpload | ApiError>>;
/** The parts of one disclosure among the files read joined into one document, where the first stood. */
export declare function joinParts(read: Array<ReadUpload | ApiError>): Array<ReadUpload | ApiError>;
/** Checks the document read, stores it (when the server has a store) and keeps its report. */
export declare function settleUpload(read: ReadUpload, context: UploadContext): Promise<KeptResult>;
/** What the upload answers for a kept result: `check --format json`, the id and where it is stored. */
export declare function checkAnswer(kept: KeptResult, locale: Locale): {
    id: string;
    stored: import("./results.js").StoredAs | null;
    document: {
        attachments?: import("../model/types.js").Attachment[] | undefined;
        parts?: import("../model/types.js").DocumentPart[] | undefined;
        title: string;
        department: string | null;
        year: number | null;
        phase: import("../model/types.js").Phase;
        scope: import("../model/types.js").Scope;
        unit: import("../model/types.js").MoneyUnit;
        units: string[];
        source: import("../model/types.js").DocumentSource;
    };
    findings: import("../model/types.js").Finding[];
    summary: {
        errors: number;
        warnings: number;
        infos: number;
    };
};
/** The report page's data: the check result and the document as read, and where its PDF is. */
export declare function reportAnswer(kept: KeptResult, locale: Locale): {
    document: {
        attachments?: import("../model/types.js").Attachment[] | undefined;
        parts?: import("../model/types.js").DocumentPart[] | undefined;
        title: string;
        department: string | null;
        year: number | null;
        phase: import("../model/types.js").Phase;
        scope: import("../model/types.js").Scope;
        unit: import("../model/types.js").MoneyUnit;
        units: string[];
        source: import("../model/types.js").DocumentSource;
    };
    findings: import("../model/types.js").Finding[];
    summary: {
        errors: number;
        warnings: number;
        infos: number;
    };
    tables: {
        recognition?: import("../model/types.js").Recognition | undefined;
        notes?: import("../model/types.js").Statement[] | undefined;
        columns: {
            because?: import("../model/types.js").ColumnReason | undefined;
            label?: string | undefined;
            side?: import("../model/types.js").Side;
            key?: string | undefined;
            path?: string[] | undefined;
            type?: "text" | "amount" | undefined;
        }[];
        rows: {
            source: import("../model/types.js").Origin;
            texts?: Record<string, string> | undefined;
            values: Record<string, string>;
            side?: import("../model/types.js").Side | undefined;
            code: string | null;
            code_source: import("../model/types.js").CodeSource;
            name: string;
            label: string;
            level: number | null;
            is_total: boolean;
        }[];
        empty_statement?: import("../model/types.js").Statement | undefined;
        unit: import("../model/types.js").MoneyUnit;
        title: string;
        source: import("../model/types.js").Origin;
        kind: import("../model/types.js").TableKind;
        empty: boolean;
    }[];
    narrative: import("../model/types.js").NarrativeSection[];
    overview: import("../model/types.js").NarrativeSection[];
    toc: import("../model/types.js").TocEntry[];
    claims: import("../rules/types.js").CheckedClaim[];
    id: string;
    stored: import("./results.js").StoredAs | null;
    pdf: string | null;
    pdfFile: string | null;
};
