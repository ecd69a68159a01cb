import type { Finding } from '../model/types.js';
import type { Locale } from '../rules/types.js';
import type { Store } from '../store/store.js';
import { ApiError } from './errors.js';
export declare const noStoredDocument: (id: number) => ApiError;
/** The stored file's path when it is readable and begins as a PDF does; null otherwise. */
export declare function storedPdfPath(sourceFile: string): Promise<string | null>;
/**
 * The stored findings with their messages in `locale`: each as the rules word it when the stored
 * document is checked again (same rule, place and figures); a finding the check does not make
 * again (the reader's own, worded in both languages) keeps its stored message.
 */
export declare function localized(stored: Finding[], again: Finding[], locale: Locale): Finding[];
/** The document the corpus browser's /file route answers with, or null when no PDF reads there. */
export declare function storedPdfOf(store: Store, id: number, sourceFile: string): Promise<string | null>;
export declare function storedReport(store: Store, id: number, locale?: Locale): Promise<{
    id: string;
    pdf: string | null;
    pdfFile: string | null;
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
    stored: {
        id: number;
        region: string | null;
        level: string | null;
        version: number;
        profile: string;
        sha256: string;
    };
    findings: Finding[];
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
    toc: never[];
    claims: import("../rules/types.js").CheckedClaim[];
}>;
