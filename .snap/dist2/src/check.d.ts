import type { BudgetDocument } from './model/types.js';
import { type CheckResult, type RuleConfig } from './rules/engine.js';
import type { Locale } from './rules/types.js';
/** Check a document with every registered rule; the reader's own findings come first. */
export interface CheckDocumentOptions {
    config?: RuleConfig;
    locale?: Locale;
    /** Disclosure profile id (required tables); detected from the document when absent. */
    profile?: string;
}
export declare function checkDocument(doc: BudgetDocument, options?: CheckDocumentOptions): CheckResult;
