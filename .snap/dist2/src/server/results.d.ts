export interface KeptResult {
    id: string;
    /** The check JSON and the document as read, per locale of the findings' messages. */
    json: {
        zh: unknown;
        en: unknown;
    };
    /** The uploaded PDF (its name and bytes), so the page can render it; null for other formats. */
    pdf: {
        name: string;
        bytes: Uint8Array;
    } | null;
    /** The stored document (`new` false when its file was stored before); null without a store. */
    stored: StoredAs | null;
    bytes: number;
}
export interface StoredAs {
    id: number;
    version: number;
    new: boolean;
}
export interface KeepLimits {
    count: number;
    bytes: number;
}
export declare class ResultCache {
    private readonly limits;
    private readonly entries;
    private total;
    constructor(limits: KeepLimits);
    add(json: KeptResult['json'], pdf: KeptResult['pdf'], stored?: StoredAs | null): KeptResult;
    /** The result, now the most recently used. */
    get(id: string): KeptResult | undefined;
    get size(): number;
}
