import type { BudgetDocument } from './model/types.js';
import { type CheckResult, check, type RuleConfig, summarize } from './rules/engine.js';
import { RULES } from './rules/registry.js';
import type { Locale } from './rules/types.js';

/** Check a document with every registered rule; the reader's own findings come first. */
export interface CheckDocumentOptions {
  config?: RuleConfig;
  locale?: Locale;
  /** Disclosure profile id (required tables); detected from the document when absent. */
  profile?: string;
}

export function checkDocument(doc: BudgetDocument, options: CheckDocumentOptions = {}): CheckResult {
  const settings: Record<string, string> = options.profile ? { profile: options.profile } : {};
  const result = check(doc, { rules: RULES, config: options.config, locale: options.locale, settings });
  const findings = [...doc.findings, ...result.findings];
  return { findings, summary: summarize(findings), claims: result.claims ?? [], merged: result.merged ?? [] };
}
