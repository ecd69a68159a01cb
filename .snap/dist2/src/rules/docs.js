/** The doc page of a rule, generated from its meta (docs/rules/<id>.md); `npm run docs:rules` rewrites them. */
export function ruleDoc(rule) {
    const { meta } = rule;
    const lines = [
        `# ${meta.id} — ${meta.title.zh} / ${meta.title.en}`,
        '',
        `默认级别 default severity: \`${meta.severity}\` · 标签 tags: ${meta.tags.map((t) => `\`${t}\``).join(', ')}`,
        '',
        meta.description.zh,
        '',
        meta.description.en,
        '',
        '## 消息 Messages',
        '',
        '| id | zh | en |',
        '|---|---|---|',
        ...Object.entries(meta.messages).map(([id, m]) => `| \`${id}\` | ${m.zh.replace(/\|/g, '\\|')} | ${m.en.replace(/\|/g, '\\|')} |`),
        '',
        '## 配置 Configuration',
        '',
        `Severity is configuration: \`{ "${meta.id}": "warning" }\` or \`"off"\`. Differences within one printed unit per summed term are reported as \`info\` rounding notes whatever the configured severity.`,
        '',
        `Tests: \`src/rules/rules/${meta.id}.test.ts\` (valid and invalid cases).`,
        '',
    ];
    return lines.join('\n');
}
export function rulesIndex(rules) {
    return [
        '# 规则 Rules',
        '',
        "Generated from the rules' meta by `npm run docs:rules`; a test fails when a page is missing or stale.",
        '',
        '| rule | 标题 | title | severity | tags |',
        '|---|---|---|---|---|',
        ...rules.map((r) => `| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.title.zh} | ${r.meta.title.en} | ${r.meta.severity} | ${r.meta.tags.join(', ')} |`),
        '',
    ].join('\n');
}
//# sourceMappingURL=docs.js.map