import { amountEquals } from '../../model/amount.js';
import { normalizeName } from '../../model/names.js';
import { projectAmountStatements } from '../../narrative/project-amount.js';
import { compareAcrossUnits, sumPrinted } from '../arithmetic.js';
import { columnLabel } from '../table-helpers.js';
const CURRENT = ['general_budget', 'gov_fund', 'state_capital', 'fiscal_special_account', 'unit_funds', 'current_year'];
/** Key for matching project names across tables: normalised, trailing dots and spaces dropped. */
const key = (name) => normalizeName(name).replace(/[.。]+$/, '');
function projectIndex(tables) {
    const index = new Map();
    for (const table of tables) {
        for (const row of table.rows) {
            if (row.isTotal || (row.level !== null && row.level !== 3))
                continue;
            const list = index.get(key(row.name)) ?? [];
            list.push({ table, row });
            index.set(key(row.name), list);
        }
    }
    return index;
}
/**
 * The one amount the form's own words (项目概况, 项目内容, 立项依据, 绩效目标) state as the project's
 * budget of this year, when it is none of the form's figures (年度资金总额, 实施期资金总额, 财政拨款).
 * Another year's figure, or several different ones, say nothing certain.
 */
function statedOtherwise(doc, table, row) {
    const text = [row.texts.overview, row.texts.objective].filter((t) => t !== undefined).join('\n');
    const statements = projectAmountStatements(text).filter((s) => s.year === null || doc.year === null || s.year === doc.year);
    const figures = [row.values.amount, row.values.period_total, row.values.fiscal_appropriation].filter((a) => a !== undefined);
    const agrees = (s) => figures.some((f) => compareAcrossUnits({ amount: s.amount, unit: s.unit }, { amount: f, unit: table.unit }).equal);
    const first = statements[0];
    if (!first || statements.some(agrees))
        return null;
    const same = statements.every((s) => compareAcrossUnits({ amount: s.amount, unit: s.unit }, { amount: first.amount, unit: first.unit }).equal);
    return same ? first : null;
}
/** A project's 年度资金总额 in its performance table equals its amount in the project table; a one-year project's 实施期 total equals its annual total. */
export const performanceAmount = {
    meta: {
        id: 'performance-amount',
        title: { zh: '绩效目标表金额', en: 'Performance-target amounts' },
        description: {
            zh: '项目支出绩效目标表中每个项目的年度资金总额应等于项目支出表中同名项目的金额（本年预算或总计，万元与元换算）；一次性（1年）项目的实施期资金总额应等于年度资金总额。表中文字（项目概况、项目内容、立项依据、绩效目标）若称项目本年预算为某金额（“2024年预算资金30万元用于……”“本项目预算资金为12万元”），应等于年度资金总额、实施期资金总额或财政拨款之一，否则为警告；门槛（“单价50万元以上”）、“其中”之后的分项、每人每年等标准、其他年度的金额不视为项目金额，文字称几个不同金额时无法判断，不报告。',
            en: "A project's annual amount in its performance-target table equals its amount in the project expenditure table (current-year or total; 元 and 万元 converted); a one-year project's implementation-period total equals its annual total. An amount the form's own words (项目概况, 项目内容, 立项依据, 绩效目标) state as the project's budget of this year (\"2024年预算资金30万元用于…\") equals its annual total, period total or 财政拨款, else a warning; thresholds (\"单价50万元以上\"), parts after 其中, rates and another year's figures are not the project's amount, and several different amounts say nothing certain.",
        },
        severity: 'error',
        tags: ['performance', 'cross-table'],
        messages: {
            amount: {
                zh: '绩效目标表中项目“{name}”的{column} {actual} {unit}，项目支出表为 {expected} 万元',
                en: 'Performance table: project "{name}" has {column} {actual} {unit}; the project table says {expected} 万元',
            },
            statement: {
                zh: '绩效目标表中项目“{name}”的文字称预算 {stated} {statedUnit}（“{text}”），表中{column}为 {actual} {unit}',
                en: 'Performance table: the text of project "{name}" states a budget of {stated} {statedUnit} ("{text}"); its {column} is {actual} {unit}',
            },
            period: {
                zh: '项目“{name}”为{nature}，实施期资金总额 {period_total} 应等于年度资金总额 {amount}',
                en: 'Project "{name}" is {nature}: its implementation-period total {period_total} should equal its annual total {amount}',
            },
        },
    },
    check(context) {
        const projectTables = context.doc.tables.filter((t) => t.kind === 'project_expenditure');
        const index = projectIndex(projectTables);
        for (const table of context.doc.tables.filter((t) => t.kind === 'performance_targets')) {
            for (const row of table.rows.filter((r) => r.level === 1)) {
                const amount = row.values.amount;
                const nature = `${row.texts.nature ?? ''}${row.texts.period ?? ''}`;
                const period = row.values.period_total;
                if (amount && period && /一次性|1年结束|^1年$/.test(nature) && !amountEquals(period, amount)) {
                    context.report({
                        messageId: 'period',
                        data: {
                            name: row.label,
                            nature: row.texts.nature ?? `项目期${row.texts.period}`,
                            period_total: period.raw,
                            amount: amount.raw,
                        },
                        table,
                        row,
                        column: 'period_total',
                        expected: amount.raw,
                        actual: period.raw,
                    });
                }
                if (!amount)
                    continue;
                const stated = statedOtherwise(context.doc, table, row);
                if (stated) {
                    context.report({
                        messageId: 'statement',
                        severity: 'warning',
                        data: {
                            name: row.label,
                            stated: stated.amount.raw,
                            statedUnit: stated.unit,
                            text: stated.text.length > 60 ? `${stated.text.slice(0, 60)}…` : stated.text,
                            column: columnLabel(table, 'amount'),
                            actual: amount.raw,
                            unit: table.unit,
                        },
                        table,
                        row,
                        column: 'amount',
                        expected: amount.raw,
                        actual: stated.amount.raw,
                    });
                }
                const matches = index.get(key(row.name)) ?? [];
                if (matches.length !== 1)
                    continue; // names shared by several projects cannot be told apart
                const match = matches[0];
                if (match.table.unit !== '万元')
                    continue;
                const printedHere = { amount, unit: table.unit };
                const total = match.row.values.total;
                const current = sumPrinted(CURRENT.map((k) => match.row.values[k]));
                const against = (reference) => reference ? compareAcrossUnits(printedHere, { amount: reference, unit: '万元' }) : null;
                const cmp = against(total) ?? against(current);
                if (!cmp || cmp.equal || against(current)?.equal)
                    continue;
                // The project table's figure as it prints it (234.48), not rounded to the form's precision (175).
                const printed = (total ?? current)?.raw;
                context.report({
                    messageId: 'amount',
                    data: {
                        name: row.label,
                        column: columnLabel(table, 'amount'),
                        actual: amount.raw,
                        unit: table.unit,
                        expected: printed ?? cmp.expected,
                    },
                    severity: cmp.rounding ? 'info' : undefined,
                    table,
                    row,
                    column: 'amount',
                    expected: cmp.expected,
                    actual: cmp.actual,
                    difference: cmp.difference,
                });
            }
        }
    },
};
//# sourceMappingURL=performance-amount.js.map