import type { BudgetDocument, Origin, Row, Severity, Table, TableKind } from '../model/types.js';
/** A message template per locale; `{name}` placeholders are filled from the report's data. */
export interface LocalizedText {
    zh: string;
    en: string;
}
export type Locale = keyof LocalizedText;
/** What a rule is, for the registry, the docs and the configuration. */
export interface RuleMeta {
    id: string;
    title: LocalizedText;
    description: LocalizedText;
    /** Default severity; configuration may change it. */
    severity: Severity;
    tags: string[];
    messages: Record<string, LocalizedText>;
}
/** What a rule reports through its context. */
export interface Report {
    messageId: string;
    data?: Record<string, string | number | boolean>;
    table?: Table;
    row?: Row;
    column?: string;
    expected?: string;
    actual?: string;
    difference?: string;
    source?: Origin;
    /** A rounding difference is info whatever the rule's severity. */
    severity?: Severity;
}
/**
 * A narrative claim a rule compared with a table cell, whether it agreed or not: what lets a reader
 * follow every checked claim, true ones too, to the cell it was checked against.
 */
export interface CheckedClaim {
    /** The rule that compared it (the engine fills it in). */
    rule: string;
    /** Where the claim is stated (its narrative section) and its heading. */
    source: Origin;
    heading: string;
    label: string;
    /** The amount as the text prints it, in 万元. */
    stated: string;
    /** The cell it was compared with: the table's kind and title, the row, the column key, the row's origin. */
    table: TableKind;
    tableTitle: string;
    row: string;
    column: string;
    cell: Origin;
    /** The cell's figure as printed (in the table's unit), null when the cell is blank. */
    printed: string | null;
    unit: string;
    agrees: boolean;
}
export interface RuleContext {
    doc: BudgetDocument;
    report(report: Report): void;
    /** Records a claim compared with a cell, whatever the outcome (absent where nobody collects them). */
    checked?(claim: Omit<CheckedClaim, 'rule'>): void;
    /** Settings some rules read: `profile` (required-tables). */
    settings?: Record<string, string>;
}
export interface Rule {
    meta: RuleMeta;
    check(context: RuleContext): void;
}
