/**
 * The figures a 情况说明 states, read from the tables (exact, in the table's unit): a figure is a
 * table kind, the total row (of a side, for 收入 | 支出 panels) and a column key; a list is the
 * rows or columns a sentence enumerates. Nothing here is typed in twice: names come from the rows
 * themselves or from the column vocabulary.
 */
import { sumAmounts } from '../model/amount.js';
import { CURRENT_SOURCE_KEYS } from '../model/column-groups.js';
import { standardColumnLabel } from '../model/column-labels.js';
import { nfkc, stripNumbering } from '../model/names.js';
const at = (kind, ...keys) => ({ kind, keys });
const side = (kind, s, ...keys) => ({ kind, side: s, keys });
/** Every money figure a sentence template may name (docs/writer.md lists them). */
export const FIGURES = {
    'income.total': side('income_expenditure_summary', 'income', 'total'),
    'expenditure.total': side('income_expenditure_summary', 'expenditure', 'total'),
    'income.current': at('income_summary', 'current_year', 'total'),
    'income.carryover': at('income_summary', 'carryover'),
    'expenditure.all': at('expenditure_summary', 'total'),
    'expenditure.basic': at('expenditure_summary', 'basic'),
    'expenditure.project': at('expenditure_summary', 'project'),
    'fiscal.total': side('fiscal_appropriation_summary', 'income', 'total'),
    'general_budget.total': at('general_budget_expenditure', 'total'),
    'general_budget.basic': at('general_budget_expenditure', 'basic'),
    'general_budget.project': at('general_budget_expenditure', 'project'),
    'basic.total': at('general_budget_basic_expenditure', 'total'),
    'basic.personnel': at('general_budget_basic_expenditure', 'personnel'),
    'basic.public_use': at('general_budget_basic_expenditure', 'public_use'),
    'three_public.total': at('three_public', 'total'),
    'three_public.budget': at('three_public', 'budget'),
    'agency.total': at('agency_operating', 'total'),
    'procurement.total': at('procurement', 'total', 'amount'),
    'gov_fund.total': at('gov_fund_expenditure', 'total'),
    'state_capital.total': at('state_capital', 'total'),
};
const tablesOf = (doc, kind) => doc.tables.filter((t) => t.kind === kind);
/** The row a figure is read from: the last total row of a side (收入总计 after 本年收入合计), else the first total row. */
function totalRow(table, s) {
    if (s)
        return table.rows.filter((r) => r.side === s && r.isTotal).at(-1);
    return table.rows.find((r) => r.isTotal && r.side === undefined);
}
export function figure(doc, id) {
    if (COUNTS.has(id))
        return countFigure(doc, id);
    const spec = FIGURES[id];
    if (!spec)
        throw new RangeError(`unknown figure ${id}`);
    for (const table of tablesOf(doc, spec.kind)) {
        const row = totalRow(table, spec.side);
        for (const key of spec.keys) {
            const amount = row?.values[key];
            if (amount)
                return { amount, unit: table.unit };
        }
        // An empty table states zero: its total is 0 (本表无数据).
        if (table.empty || table.rows.every((r) => Object.keys(r.values).length === 0))
            return { amount: { raw: '0', scaled: 0n, scale: 0 }, unit: table.unit };
    }
    return null;
}
/** Projects with performance targets, and the projects of the 项目支出表: counts, not money. */
const COUNTS = new Set(['performance.count', 'projects.count', 'performance.amount']);
function countFigure(doc, id) {
    const count = (n) => ({ amount: { raw: String(n), scaled: BigInt(n), scale: 0 }, unit: '元' });
    if (id === 'performance.count') {
        const projects = performanceProjects(doc);
        return projects.length > 0 ? count(projects.length) : null;
    }
    if (id === 'projects.count') {
        const rows = tablesOf(doc, 'project_expenditure').flatMap((t) => t.rows.filter((r) => !r.isTotal));
        return rows.length > 0 ? count(rows.length) : null;
    }
    if (id === 'performance.amount') {
        const amounts = performanceProjects(doc).flatMap(({ row }) => (row.values.amount ? [row.values.amount] : []));
        const unit = tablesOf(doc, 'performance_targets')[0]?.unit ?? doc.unit;
        if (amounts.length === 0)
            return null;
        const sum = sumAmounts(amounts);
        return { amount: { raw: '', scaled: sum.scaled, scale: sum.scale }, unit };
    }
    return null;
}
/** A project of a 项目支出绩效目标表: its level-1 row (the project, its 年度资金总额). */
function performanceProjects(doc) {
    return tablesOf(doc, 'performance_targets').flatMap((table) => table.rows.filter((r) => r.level === 1 && !r.isTotal).map((row) => ({ table, row })));
}
/** A row's name as its label prints it, numbering (①, 1.) removed. */
const itemName = (row) => stripNumbering(nfkc(row.label || row.name));
/** The lists a sentence may enumerate. */
export function list(doc, id) {
    const first = (kind) => tablesOf(doc, kind).find((t) => t.rows.length > 0);
    if (id === 'income.sources') {
        const table = first('income_summary');
        const row = table ? totalRow(table) : undefined;
        if (!table || !row)
            return [];
        return CURRENT_SOURCE_KEYS.flatMap((key) => {
            const amount = row.values[key];
            return amount && amount.scaled !== 0n
                ? [{ name: standardColumnLabel(key) ?? key, figure: { amount, unit: table.unit } }]
                : [];
        });
    }
    if (id === 'general_budget.classes') {
        const table = first('general_budget_expenditure');
        if (!table)
            return [];
        return table.rows.flatMap((row) => {
            const amount = row.values.total;
            return row.level === 1 && !row.isTotal && amount && amount.scaled !== 0n
                ? [{ name: row.name, figure: { amount, unit: table.unit } }]
                : [];
        });
    }
    if (id === 'three_public.items') {
        const table = first('three_public');
        if (!table)
            return [];
        return table.rows.flatMap((row) => {
            const amount = row.values.total;
            return !row.isTotal && amount ? [{ name: itemName(row), figure: { amount, unit: table.unit } }] : [];
        });
    }
    throw new RangeError(`unknown list ${id}`);
}
//# sourceMappingURL=figures.js.map