import type { BudgetDocument } from './model/types.js';
import { type CheckResult, check, type RuleConfig } from './rules/engine.js';
import { RULES } from './rules/registry.js';
import type { Locale } from './rules/types.js';

/** Check a document with every registered rule; the reader's own findings come first. */
export function checkDocument(doc: BudgetDocument, options: { config?: RuleConfig; locale?: Locale } = {}): CheckResult {
  const result = check(doc, { rules: RULES, config: options.config, locale: options.locale });
  const findings = [...doc.findings, ...result.findings];
  return {
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
    },
  };
}
