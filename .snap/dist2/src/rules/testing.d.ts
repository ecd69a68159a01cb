import type { Finding } from '../model/types.js';
import type { Rule } from './types.js';
/** Run one rule over a document written as text (the lines of a disclosure dump). */
export declare function runRule(rule: Rule, lines: string[]): Finding[];
export interface ExpectedFinding {
    severity: Finding['severity'];
    line?: number;
    expected?: string;
    actual?: string;
    /** A fragment the rendered message must contain. */
    message?: string;
}
export interface RuleCases {
    valid: Array<{
        name: string;
        lines: string[];
    }>;
    invalid: Array<{
        name: string;
        lines: string[];
        findings: ExpectedFinding[];
    }>;
}
/** ESLint-style rule tests: valid documents give no finding but infos; invalid ones exactly the listed findings. */
export declare function testRule(rule: Rule, cases: RuleCases, it: (name: string, fn: () => void) => void): void;
