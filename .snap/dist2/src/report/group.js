export function groupFindings(doc, findings) {
    const groups = new Map();
    const tableOf = (f) => {
        const line = (f.cell ?? f.source)?.line;
        return (doc.tables.find((t) => t.kind === f.table && (line === t.source.line || t.rows.some((r) => r.source.line === line))) ??
            doc.tables.find((t) => t.kind === f.table));
    };
    for (const table of doc.tables)
        groups.set(`t${table.source.line}`, { title: table.title || table.kind, findings: [] });
    groups.set('narrative', { title: '情况说明 narrative', findings: [] });
    groups.set('document', { title: '文件 document', findings: [] });
    for (const f of findings) {
        const table = f.table ? tableOf(f) : undefined;
        const key = table
            ? `t${table.source.line}`
            : f.rule.startsWith('narrative') || f.rule === 'wording'
                ? 'narrative'
                : 'document';
        groups.get(key)?.findings.push(f);
    }
    return [...groups.values()].filter((g) => g.findings.length > 0);
}
//# sourceMappingURL=group.js.map