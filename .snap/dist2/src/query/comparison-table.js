/**
 * Each comparison as one table — the table the page shows beside its chart and the rows its CSV
 * and XLSX exports hold, so all three come from the same answer. Amounts are 万元 as the queries
 * give them, exact decimal text.
 */
import { KIND_NAMES } from '../model/kinds.js';
const text = (key, label) => ({ key, label, type: 'text' });
const amount = (key, label) => ({ key, label, type: 'amount' });
const count = (key, label) => ({ key, label, type: 'count' });
const phaseName = (phase) => (phase === 'budget' ? '预算' : '决算');
export function departmentYearsTable(result) {
    return {
        title: `${result.department} ${phaseName(result.phase)} ${result.years.join('、')}`,
        unit: '万元',
        columns: [
            text('table', '表 (table)'),
            text('code', '编码 (code)'),
            text('name', '名称 (name)'),
            ...result.years.map((y) => amount(String(y), `${y}年 (${y})`)),
            amount('change', '变化 (change)'),
            text('percent', '变化% (percent)'),
        ],
        rows: result.lines.map((l) => [
            KIND_NAMES[l.kind],
            l.code,
            l.name,
            ...l.values,
            l.change?.amount ?? null,
            l.change?.percent ?? null,
        ]),
    };
}
export function sideBySideTable(result) {
    return {
        title: `${result.region ?? '全部地区'} ${result.year ?? '最新年度'} ${phaseName(result.phase)}`,
        unit: '万元',
        columns: [
            text('department', '部门 (department)'),
            text('year', '年度 (year)'),
            amount('total', '支出合计 (total)'),
            amount('basic', '基本支出 (basic)'),
            amount('project', '项目支出 (project)'),
            amount('three_public', '“三公”经费 (three_public)'),
            amount('agency_operating', '机关运行经费 (agency_operating)'),
            count('errors', '错误 (errors)'),
            count('warnings', '警告 (warnings)'),
            ...result.functionClasses.map((h) => amount(h.code, `${h.code} ${h.name}`)),
        ],
        rows: result.departments.map((d) => [
            d.document.department ?? d.document.title,
            d.document.year === null ? null : String(d.document.year),
            d.total,
            d.basic,
            d.project,
            d.threePublic,
            d.agencyOperating,
            String(d.document.errors),
            String(d.document.warnings),
            ...result.functionClasses.map((h) => d.byFunction[h.code] ?? null),
        ]),
    };
}
export function codeAcrossTable(result) {
    return {
        title: `${result.code}`,
        unit: '万元',
        columns: [
            text('department', '部门 (department)'),
            text('region', '地区 (region)'),
            text('year', '年度 (year)'),
            text('name', '名称 (name)'),
            amount('total', '合计 (total)'),
            amount('basic', '基本支出 (basic)'),
            amount('project', '项目支出 (project)'),
            text('table', '表 (table)'),
            text('page', '页 (page)'),
        ],
        rows: result.spending.map((s) => [
            s.document.department ?? s.document.title,
            s.document.region,
            s.document.year === null ? null : String(s.document.year),
            s.name,
            s.total,
            s.basic,
            s.project,
            s.table,
            s.page === null ? null : String(s.page),
        ]),
    };
}
//# sourceMappingURL=comparison-table.js.map