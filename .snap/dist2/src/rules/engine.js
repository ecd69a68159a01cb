import { byCodeUnit } from '../model/order.js';
import { render } from './messages.js';
const ORDER = { error: 0, warning: 1, info: 2 };
export function toFinding(rule, report, severity, locale) {
    const template = rule.meta.messages[report.messageId];
    if (!template)
        throw new Error(`rule ${rule.meta.id} has no message ${report.messageId}`);
    const finding = {
        rule: rule.meta.id,
        // A report may lower its severity (rounding → info, unverifiable → warning), never raise it.
        severity: report.severity && ORDER[report.severity] > ORDER[severity] ? report.severity : severity,
        message: render(template, locale, report.data),
    };
    if (report.table)
        finding.table = report.table.kind;
    if (report.row)
        finding.row = report.row.label || report.row.name;
    if (report.column)
        finding.column = report.column;
    if (report.expected !== undefined)
        finding.expected = report.expected;
    if (report.actual !== undefined)
        finding.actual = report.actual;
    if (report.difference !== undefined)
        finding.difference = report.difference;
    const source = report.source ?? report.row?.source ?? report.table?.source;
    if (source)
        finding.source = source;
    if (report.row && source !== report.row.source)
        finding.cell = report.row.source;
    return finding;
}
/** Run the rules over a document: each rule reports through its context; severity comes from configuration. */
export function check(doc, options) {
    const locale = options.locale ?? 'zh';
    const findings = [];
    const claims = [];
    for (const rule of options.rules) {
        const configured = options.config?.[rule.meta.id];
        if (configured === 'off')
            continue;
        const severity = configured ?? rule.meta.severity;
        rule.check({
            doc,
            settings: options.settings ?? {},
            report: (report) => findings.push(toFinding(rule, report, severity, locale)),
            checked: (claim) => claims.push({ rule: rule.meta.id, ...claim }),
        });
    }
    findings.sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0) || ORDER[a.severity] - ORDER[b.severity] || byCodeUnit(a.rule, b.rule));
    return { findings, summary: summarize(findings), claims };
}
export function summarize(findings) {
    return {
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        infos: findings.filter((f) => f.severity === 'info').length,
    };
}
//# sourceMappingURL=engine.js.map