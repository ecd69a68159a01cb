import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { NATIONAL_BUDGET_TABLES, requiredTables } from './required-tables.js';
const TITLES = {
    income_expenditure_summary: '收支预算总表',
    income_summary: '收入预算总表',
    expenditure_summary: '支出预算总表',
    fiscal_appropriation_summary: '财政拨款收支预算总表',
    general_budget_expenditure: '一般公共预算支出预算表',
    general_budget_basic_expenditure: '一般公共预算基本支出预算表',
    three_public: '一般公共预算“三公”经费支出预算表',
    gov_fund_expenditure: '政府性基金预算支出预算表',
};
const doc = (skip) => [
    '某某局2024年部门预算',
    ...NATIONAL_BUDGET_TABLES.filter(([kind]) => kind !== skip).flatMap(([kind]) => [
        TITLES[kind],
        '项目\t合计',
        '合计\t',
    ]),
];
/** A final account with the nine tables of the 决算 template, less the one skipped. */
const FINAL_TITLES = [
    '收入支出决算总表',
    '收入决算表',
    '支出决算表',
    '财政拨款收入支出决算总表',
    '一般公共预算财政拨款支出决算表',
    '一般公共预算财政拨款基本支出决算表',
    '财政拨款“三公”经费支出决算表',
    '政府性基金预算财政拨款收入支出决算表',
    '国有资本经营预算财政拨款收入支出决算表',
];
const finalAccount = (skip) => [
    '某某局2024年度部门决算',
    ...FINAL_TITLES.filter((t) => t !== skip).flatMap((t) => [t, '项目\t合计', '合计\t']),
];
describe('required-tables', () => {
    testRule(requiredTables, {
        valid: [
            { name: 'all eight tables', lines: doc() },
            { name: 'a final account with its nine tables', lines: finalAccount() },
        ],
        invalid: [
            { name: 'no 三公 table', lines: doc('three_public'), findings: [{ severity: 'error', message: '三公' }] },
            {
                name: 'a final account without its state-capital table',
                lines: finalAccount('国有资本经营预算财政拨款收入支出决算表'),
                findings: [{ severity: 'error', message: '部门决算基本要求' }],
            },
            {
                name: 'a Shanghai budget also needs its state-capital and 三公/机关运行经费 tables',
                lines: ['上海市某某局2024年部门预算', ...doc().slice(1)],
                findings: [
                    { severity: 'error', message: '国有资本经营预算支出功能分类预算表' },
                    { severity: 'error', message: '机关运行经费' },
                ],
            },
            {
                name: 'a Jilin provincial document also needs its project, entrusted-business and performance tables',
                lines: ['吉林省某某厅2024年部门预算', ...doc().slice(1)],
                findings: [
                    { severity: 'error', message: '国有资本经营预算支出表' },
                    { severity: 'error', message: '项目支出预算表' },
                    { severity: 'error', message: '委托业务费' },
                    { severity: 'error', message: '绩效目标表' },
                ],
            },
        ],
    }, it);
});
/** 北京 附件1 情况说明: the narrative, its tables published as 附件2 报表. */
describe('required-tables on a narrative whose tables are another file', () => {
    const narrative = (last) => [
        '北京市财政局 2026 年度部门预算信息公开',
        '第一部分 2026 年度部门预算情况说明',
        '一、收入预算情况说明',
        '2026 年度收入预算 44169.36 万元，比 2025 年年初预算数 44021.20 万元增加 148.16 万元。',
        '二、支出预算情况说明',
        '基本支出预算 28016.26 万元，占本年支出预算 63.43%。',
        ...last,
    ];
    testRule(requiredTables, {
        valid: [
            {
                name: 'one note (info) that names the attachment, no error per table',
                lines: narrative(['第二部分 2026 年度部门预算报表', '附件：北京市财政局 2026 年度部门预算报表']),
            },
        ],
        invalid: [
            {
                name: 'a narrative that does not say where its tables are: one note that they may be elsewhere or missing (北京 国资委 情况说明)',
                lines: narrative([]),
                findings: [{ severity: 'info', message: '没有写明表格在哪里公开' }],
            },
        ],
    }, it);
});
//# sourceMappingURL=required-tables.test.js.map