/** The comparisons as text for the terminal (JSON is the objects themselves). */
import { KIND_NAMES } from '../model/kinds.js';
import { textTable } from './text-table.js';
const phaseName = (phase) => (phase === 'budget' ? '预算 budget' : '决算 final account');
const lineName = (code, name) => (code ? `${code} ${name}` : name);
export function formatDepartmentYears(result) {
    const out = [
        `# ${result.department} · ${phaseName(result.phase)} · 单位 unit: 万元 · 年度 years: ${result.years.join(', ') || '—'}`,
    ];
    if (result.documents.length === 0)
        return `${out[0]}\n（库中没有该部门的文件 / no document of this department in the store）\n`;
    for (const d of result.documents)
        out.push(`  ${d.year}: ${d.title} (${d.sourceFile}, v${d.version})`);
    const kinds = [...new Set(result.lines.map((l) => l.kind))];
    for (const kind of kinds) {
        out.push('', `## ${KIND_NAMES[kind]} (${kind})`);
        const rows = result.lines
            .filter((l) => l.kind === kind)
            .map((l) => [
            `${'  '.repeat(Math.max(0, (l.level ?? 1) - 1))}${lineName(l.code, l.name)}`,
            ...l.values,
            l.change?.amount ?? null,
            l.change?.percent === null || l.change?.percent === undefined ? null : `${l.change.percent}%`,
        ]);
        const header = ['科目/项目 line', ...result.years.map(String), '变化 change', '%'];
        const align = ['left', ...result.years.map(() => 'right'), 'right', 'right'];
        out.push(...textTable(header, rows, align).map((l) => `  ${l}`));
    }
    if (result.narrative.length > 0) {
        out.push('', '## 情况说明所述变化 changes the narrative states');
        for (const n of result.narrative)
            out.push(`  ${n.year} ${n.label}: ${n.sentence}`);
    }
    out.push('', ...formatPriorYear(result.priorYear));
    return `${out.join('\n')}\n`;
}
export function formatPriorYear(findings) {
    if (findings.length === 0)
        return ['上年数与上年文件一致（或无可比） / earlier figures agree with the earlier documents (or none to compare)'];
    return [
        `## 上年数与上年文件不符 earlier figures that differ from the earlier documents: ${findings.length}`,
        ...findings.map((f) => `  error prior-year ${f.source.file}${f.source.page ? ` 第 ${f.source.page} 页` : ''}: ${f.message.zh}`),
    ];
}
export function formatSideBySide(result) {
    const scope = [result.region ?? '全部地区 all regions', result.year ?? '最新年度 newest year', phaseName(result.phase)];
    const out = [`# ${scope.join(' · ')} · 单位 unit: 万元 · 部门 departments: ${result.departments.length}`];
    const names = result.departments.map((d) => d.document.department ?? d.document.title);
    const column = (label, pick) => [label, ...names.map((_, i) => pick(i))];
    const rows = [
        column('年度 year', (i) => String(result.departments[i]?.document.year ?? '—')),
        column('支出合计 total', (i) => result.departments[i]?.total ?? null),
        column('基本支出 basic', (i) => result.departments[i]?.basic ?? null),
        column('项目支出 project', (i) => result.departments[i]?.project ?? null),
        column('“三公”经费 three public', (i) => result.departments[i]?.threePublic ?? null),
        column('机关运行经费 agency operating', (i) => result.departments[i]?.agencyOperating ?? null),
        column('错误 errors', (i) => String(result.departments[i]?.document.errors ?? '')),
        column('警告 warnings', (i) => String(result.departments[i]?.document.warnings ?? '')),
    ];
    for (const h of result.functionClasses)
        rows.push(column(`${h.code} ${h.name}`, (i) => result.departments[i]?.byFunction[h.code] ?? null));
    for (const h of result.economicItems)
        rows.push(column(`${h.code} ${h.name}`, (i) => result.departments[i]?.byEconomic[h.code] ?? null));
    const align = ['left', ...names.map(() => 'right')];
    out.push(...textTable(['', ...names], rows, align));
    return `${out.join('\n')}\n`;
}
export function formatCodeAcross(result) {
    const out = [`# ${result.code} · 单位 unit: 万元 · 文件 documents: ${result.spending.length}`];
    const rows = result.spending.map((s) => [
        s.document.department ?? s.document.title,
        String(s.document.year ?? '—'),
        s.name,
        s.total,
        s.basic,
        s.project,
        `${s.table}${s.page ? ` p.${s.page}` : ''}`,
    ]);
    out.push(...textTable(['部门 department', '年度 year', '名称 name', '合计 total', '基本 basic', '项目 project', '表 table'], rows, [
        'left',
        'left',
        'left',
        'right',
        'right',
        'right',
        'left',
    ]));
    return `${out.join('\n')}\n`;
}
export function formatDocuments(documents) {
    const rows = documents.map((d) => [
        String(d.id),
        d.department ?? '—',
        d.region ?? '—',
        String(d.year ?? '—'),
        d.phase === 'budget' ? '预算' : '决算',
        `v${d.version}`,
        String(d.errors),
        String(d.warnings),
        d.sourceFile,
    ]);
    const header = [
        'id',
        '部门 department',
        '地区 region',
        '年度 year',
        '阶段 phase',
        '版本',
        '错误 errors',
        '警告 warnings',
        '文件 file',
    ];
    return `${textTable(header, rows, ['right', 'left', 'left', 'left', 'left', 'left', 'right', 'right', 'left']).join('\n')}\n`;
}
export function formatFailures(failures) {
    if (failures.length === 0)
        return '没有失败的文件 / no failed file\n';
    return `${failures.map((f) => `${f.file}: ${f.zh} / ${f.en} (${f.failedAt})`).join('\n')}\n`;
}
/** Rows of a free query: one column per field, in the order the first row gives. */
export function formatRows(rows) {
    if (rows.length === 0)
        return '（无结果 / no rows）\n';
    const header = Object.keys(rows[0]);
    const body = rows.map((r) => header.map((h) => (r[h] === null || r[h] === undefined ? null : String(r[h]))));
    return `${textTable(header, body).join('\n')}\n`;
}
//# sourceMappingURL=format.js.map