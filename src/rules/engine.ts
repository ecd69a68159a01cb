import { atScale, parseAmount } from '../model/amount.js';
import { byCodeUnit } from '../model/order.js';
import type { BudgetDocument, Finding, Severity } from '../model/types.js';
import { render } from './messages.js';
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
  summary: { errors: number; warnings: number; infos: number };
  /** Every narrative claim the rules compared with a cell, agreeing or not, in the order checked. */
  claims?: CheckedClaim[];
  /**
   * Findings kept back as another finding's fact (SameFact): not shown, but the document has them, so
   * a comparison of two checks (recall's "new finding") does not take one for new when it surfaces.
   */
  merged?: Finding[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function toFinding(rule: Rule, report: Report, severity: Severity, locale: Locale): Finding {
  const template = rule.meta.messages[report.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} has no message ${report.messageId}`);
  const finding: Finding = {
    rule: rule.meta.id,
    // A report may lower its severity (rounding → info, unverifiable → warning), never raise it.
    severity: report.severity && ORDER[report.severity] > ORDER[severity] ? report.severity : severity,
    message: render(template, locale, report.data),
  };
  if (report.table) finding.table = report.table.kind;
  if (report.row) finding.row = report.row.label || report.row.name;
  if (report.column) finding.column = report.column;
  if (report.expected !== undefined) finding.expected = report.expected;
  if (report.actual !== undefined) finding.actual = report.actual;
  if (report.difference !== undefined) finding.difference = report.difference;
  const source = report.source ?? report.row?.source ?? report.table?.source;
  if (source) finding.source = source;
  if (report.row && source !== report.row.source) finding.cell = report.row.source;
  return finding;
}

/** Run the rules over a document: each rule reports through its context; severity comes from configuration. */
export function check(doc: BudgetDocument, options: CheckOptions): CheckResult {
  const locale = options.locale ?? 'zh';
  const findings: Finding[] = [];
  const claims: CheckedClaim[] = [];
  const merged: Finding[] = [];
  const facts = new SameFact();
  for (const rule of options.rules) {
    const configured = options.config?.[rule.meta.id];
    if (configured === 'off') continue;
    const severity = configured ?? rule.meta.severity;
    rule.check({
      doc,
      settings: options.settings ?? {},
      report: (report) => {
        (facts.reported(report) ? merged : findings).push(toFinding(rule, report, severity, locale));
      },
      checked: (claim) => claims.push({ rule: rule.meta.id, ...claim }),
    });
  }
  findings.sort(
    (a, b) =>
      (a.source?.line ?? 0) - (b.source?.line ?? 0) || ORDER[a.severity] - ORDER[b.severity] || byCodeUnit(a.rule, b.rule),
  );
  return { findings, summary: summarize(findings), claims, merged };
}

/**
 * One fact, one finding: a wrong figure makes every check that uses it fail by the same amount (a
 * narrative 公务用车 of 0 against the table's 48.24 also leaves the stated 三公 total 48.24 over its
 * stated parts). A finding about a datum an earlier finding is about, off by the same difference,
 * is that fact again; the rules run in the registry's order, so the first (the comparison with the
 * table) is the one kept.
 */
class SameFact {
  private readonly seen: Array<{ about: Set<object>; difference: bigint; scale: number }> = [];

  /** Is this report's fact already reported? Records it when not. */
  reported(report: Report): boolean {
    const difference = report.difference ? parseAmount(report.difference.replace(/^[-−]/, '')) : null;
    if (!report.about || report.about.length === 0 || !difference) return false;
    const same = this.seen.some((fact) => {
      const scale = Math.max(fact.scale, difference.scale);
      return (
        atScale({ ...difference, raw: '' }, scale) === atScale({ scaled: fact.difference, scale: fact.scale, raw: '' }, scale) &&
        report.about?.some((datum) => fact.about.has(datum))
      );
    });
    if (!same) this.seen.push({ about: new Set(report.about), difference: difference.scaled, scale: difference.scale });
    return same;
  }
}

export function summarize(findings: Finding[]): CheckResult['summary'] {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}
