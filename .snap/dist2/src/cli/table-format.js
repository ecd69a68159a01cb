import { formatAmount } from '../model/amount.js';
import { explainTable } from '../report/explain.js';
import { originLabel } from '../report/origin.js';
/**
 * Human-readable dump of a document: one block per table, rows indented by level; with `explain`,
 * why each table got its kind and each column its key, before its rows.
 */
export function formatDocumentTable(doc, options = {}) {
    const lines = [];
    lines.push(`# ${doc.title || doc.source.file}`);
    lines.push(`部门 department: ${doc.department ?? '?'} · 年度 year: ${doc.year ?? '?'} · ${doc.phase === 'budget' ? '预算 budget' : '决算 final account'} · 单位 unit: ${doc.unit} · 表格 tables: ${doc.tables.length} · 说明 sections: ${doc.narrative.length}`);
    for (const table of doc.tables)
        lines.push('', ...formatTable(table, options.explain ?? false));
    if (doc.findings.length > 0) {
        lines.push('', '## 读取问题 reader findings');
        for (const f of doc.findings)
            lines.push(`  ${f.severity} ${f.rule} ${originLabel(f.source)}: ${f.message}`);
    }
    return `${lines.join('\n')}\n`;
}
function formatTable(table, explain) {
    const out = [`## ${table.title || '(无标题)'} [${table.kind}] 单位：${table.unit} (${originLabel(table.source)})`];
    if (explain)
        out.push(...explainTable(table));
    if (table.empty)
        out.push(`  (空表 empty${table.emptyStatement ? `: ${table.emptyStatement.text}` : ''})`);
    for (const row of table.rows) {
        if (table.empty && Object.keys(row.values).length === 0 && row.isTotal)
            continue;
        const indent = '  '.repeat(row.level ?? (row.isTotal ? 0 : 1));
        const side = row.side ? (row.side === 'income' ? '[收] ' : '[支] ') : '';
        const code = row.code ? `${row.code} ` : '';
        const values = Object.entries(row.values)
            .map(([k, v]) => `${k}=${formatAmount(v)}`)
            .join(' ');
        const texts = Object.entries(row.texts)
            .filter(([k]) => ['unit_name', 'target', 'indicator_l2'].includes(k))
            .map(([k, v]) => `${k}=${v}`)
            .join(' ');
        out.push(`  ${indent}${side}${code}${row.name}${row.isTotal ? ' (合计)' : ''}  ${values}${texts ? `  ${texts}` : ''}`);
    }
    return out;
}
//# sourceMappingURL=table-format.js.map