import type { Amount, BudgetDocument } from './types.js';
/** The JSON form of the model (contract.md): amounts as decimal strings in the printed precision. */
export declare function amountsToStrings(values: Record<string, Amount>): Record<string, string>;
/** `explain`: each table's recognition and each column's reason (docs/model.md, "Recognition"). */
export interface JsonOptions {
    explain?: boolean;
}
export declare function documentJson(doc: BudgetDocument, options?: JsonOptions): {
    document: {
        attachments?: import("./types.js").Attachment[] | undefined;
        parts?: import("./types.js").DocumentPart[] | undefined;
        title: string;
        department: string | null;
        year: number | null;
        phase: import("./types.js").Phase;
        scope: import("./types.js").Scope;
        unit: import("./types.js").MoneyUnit;
        units: string[];
        source: import("./types.js").DocumentSource;
    };
    tables: {
        recognition?: import("./types.js").Recognition | undefined;
        notes?: import("./types.js").Statement[] | undefined;
        columns: {
            because?: import("./types.js").ColumnReason | undefined;
            label?: string | undefined;
            side?: import("./types.js").Side;
            key?: string | undefined;
            path?: string[] | undefined;
            type?: "text" | "amount" | undefined;
        }[];
        rows: {
            source: import("./types.js").Origin;
            texts?: Record<string, string> | undefined;
            values: Record<string, string>;
            side?: import("./types.js").Side | undefined;
            code: string | null;
            code_source: import("./types.js").CodeSource;
            name: string;
            label: string;
            level: number | null;
            is_total: boolean;
        }[];
        empty_statement?: import("./types.js").Statement | undefined;
        unit: import("./types.js").MoneyUnit;
        title: string;
        source: import("./types.js").Origin;
        kind: import("./types.js").TableKind;
        empty: boolean;
    }[];
    narrative: import("./types.js").NarrativeSection[];
    overview: import("./types.js").NarrativeSection[];
    toc: import("./types.js").TocEntry[];
    findings: import("./types.js").Finding[];
};
