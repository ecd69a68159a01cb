import { basename } from 'node:path';
import { totalLine, totalOf } from './entries.js';
import { groupFindings } from './group.js';
import { documentFiles, originLabel } from './origin.js';
const LABEL = { error: '错误 error  ', warning: '警告 warning', info: '提示 info   ' };
/** The terminal view, in Chinese first: findings grouped by table, one line each, with where they point (line, page or sheet!cell). */
export function formatStylish(doc, findings, summary, options = {}) {
    const shown = options.infos === false ? findings.filter((f) => f.severity !== 'info') : findings;
    const lines = [`${doc.title || doc.source.file}  (${documentFiles(doc)})`];
    for (const group of groupFindings(doc, shown)) {
        lines.push(`  ${group.title}`);
        for (const f of group.findings) {
            // In a disclosure read from several files, a finding says which file it points into.
            const file = doc.parts && f.source?.file ? `${basename(f.source.file)} ` : '';
            const where = file + originLabel(f.source, 'short');
            lines.push(`    ${where.padStart(8)}  ${LABEL[f.severity]}  ${f.message}  [${f.rule}]`);
        }
    }
    lines.push(summaryLine(summary));
    return `${lines.join('\n')}\n`;
}
/** The count of findings in one line, marked ✖ when there is an error. */
export function summaryLine(summary) {
    const mark = summary.errors > 0 ? '✖' : '✔';
    return `${mark} ${summary.errors} 个错误，${summary.warnings} 个警告，${summary.infos} 条提示 / ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos`;
}
/** Several files: each file's findings or why it could not be read, then the total across them. */
export function formatStylishReport(entries, options = {}) {
    const parts = entries.map((entry) => 'doc' in entry
        ? formatStylish(entry.doc, entry.findings, entry.summary, options)
        : `${entry.file}\n✖ 无法读取：${entry.zh} / unreadable: ${entry.en}\n`);
    if (entries.length > 1)
        parts.push(`${totalLine(totalOf(entries))}\n`);
    return parts.join('\n');
}
//# sourceMappingURL=stylish.js.map