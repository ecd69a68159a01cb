import { check, summarize } from './rules/engine.js';
import { RULES } from './rules/registry.js';
export function checkDocument(doc, options = {}) {
    const settings = options.profile ? { profile: options.profile } : {};
    const result = check(doc, { rules: RULES, config: options.config, locale: options.locale, settings });
    const findings = [...doc.findings, ...result.findings];
    return { findings, summary: summarize(findings), claims: result.claims ?? [] };
}
//# sourceMappingURL=check.js.map