import type { BudgetDocument, Finding, Severity } from '../model/types.js';
import type { CheckedClaim, Locale, Report, Rule } from './types.js';
/** Severity per rule id, or `off`. Rules keep their default when not configured. */
export type RuleConfig = Record<string, Severity | 'off'>;
export interface CheckOptions {
    rules: Rule[];
    config?: RuleConfig;
    locale?: Locale;
    settings?: Record<string, string>;
}
export interface CheckResult {
    findings: Finding[];
    summary: {
        errors: number;
        warnings: number;
        infos: number;
    };
    /** Every narrative claim the rules compared with a cell, agreeing or not, in the order checked. */
    claims?: CheckedClaim[];
}
export declare function toFinding(rule: Rule, report: Report, severity: Severity, locale: Locale): Finding;
/** Run the rules over a document: each rule reports through its context; severity comes from configuration. */
export declare function check(doc: BudgetDocument, options: CheckOptions): CheckResult;
export declare function summarize(findings: Finding[]): CheckResult['summary'];
