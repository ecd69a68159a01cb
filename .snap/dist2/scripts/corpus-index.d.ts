export interface CorpusEntry {
    /** Path inside the corpus folder (`beijing/caizheng-2026-bb.pdf`). */
    file: string;
    /** The city's folder (`beijing`). */
    city: string;
    cityName: string;
    department: string;
    year: number;
    phase: string;
    pages: number | null;
}
export declare function readCorpusIndex(corpusDir: string): {
    entries: CorpusEntry[];
    cities: Map<string, string>;
};
