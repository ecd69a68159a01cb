/** What one document gave: how it ended, its tables and its findings. */
export interface DocResult {
    file: string;
    city: string;
    /** `read` (exit 0/1), `refused` (exit 2 with a message), `internal` (a defect), `crashed`. */
    status: 'read' | 'refused' | 'internal' | 'crashed';
    message?: string;
    ms: number;
    tables: {
        kind: string;
        title: string;
        page?: number;
    }[];
    findings: {
        rule: string;
        severity: string;
        message: string;
        page?: number;
        line?: number;
    }[];
}
export declare function tallyMarkdown(results: DocResult[], cities: Map<string, string>): string;
/** What changed per document between two runs: status, table kinds, error and warning counts. */
export declare function compareRuns(before: DocResult[], after: DocResult[]): string[];
