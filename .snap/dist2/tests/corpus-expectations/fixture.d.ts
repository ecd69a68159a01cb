export type Side = 'income' | 'expenditure';
/** A row as printed: a total row (`row` its name, null for the single unnamed row) or a 类 row (`code`). */
export interface ExpectedRow {
    row?: string | null;
    code?: string;
    name?: string;
    printed?: string;
    side?: Side;
    page?: number;
    /** Amounts by column key (docs/model.md) or `label:<printed header>` where no key fits; blank cells are left out. */
    values: Record<string, string>;
}
export type ThreePublicRole = 'total' | 'abroad' | 'reception' | 'vehicle' | 'vehicle_purchase' | 'vehicle_operation';
export interface ThreePublicItem {
    item: ThreePublicRole;
    printed: string;
    values: Record<string, string>;
}
export interface ExpectedTable {
    kind: string;
    /** The kind is not one of docs/model.md's yet: the id is a proposal. */
    proposedKind?: boolean;
    title: string;
    page: number;
    lastPage?: number;
    unit: '万元' | '元';
    empty: boolean;
    columns?: Record<string, string>;
    totals?: ExpectedRow[];
    classRows?: ExpectedRow[];
    /** The total row that equals the sum of the 类 rows, column by column. */
    classRowsSum?: {
        row: string;
        side?: Side;
    };
    threePublic?: ThreePublicItem[];
    note?: string;
}
/** A place where the document itself does not add up (checked: the typed figures must show exactly these). */
export interface Mismatch {
    page: number;
    table: string;
    row: string;
    check: string;
    column: string;
    printed: string;
    computed: string;
    note?: string;
}
export interface Expectation {
    city: string;
    file: string;
    sha256: string;
    chosen: string;
    document: {
        department: string;
        year: number;
        phase: 'budget' | 'final_account';
        unit: '万元' | '元';
    };
    tables: ExpectedTable[];
    doesNotTie: Mismatch[];
    /** Errors of the document found by hand that are not sums (a wrong year, a wrong label): for docs/corpus-findings.md. */
    documentErrors?: string[];
}
export declare const expectationsDir: string;
export declare function loadExpectations(): Expectation[];
/** The cities whose expectations the reader meets; the test runs only these unless CORPUS_EXPECT says otherwise. */
export declare function loadPassing(): string[];
/** Every amount typed in the fixture is a plain decimal string (no separators, no blanks). */
export declare function malformedAmounts(e: Expectation): string[];
/** The identities a correct document satisfies, applied to the typed figures. */
export declare function computeMismatches(e: Expectation): Mismatch[];
