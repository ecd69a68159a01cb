import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { tocTables } from './toc-tables.js';
const doc = (tables) => [
    '某某局',
    '2024 年部门预算',
    '目 录',
    '第一部分 部门概况',
    '- 一、收支预算总表',
    '- 二、“三公”经费支出预算表',
    '第一部分 部门概况',
    ...tables.flatMap((t) => [t, '项目\t合计', '合计\t1.00']),
];
/** A 目录 listing three tables; the document prints them and maybe one more. */
const listing = (extra) => [
    '某某局',
    '2024 年部门预算',
    '目 录',
    '第一部分 部门概况',
    '- 一、收支预算总表',
    '- 二、支出预算总表',
    '- 三、“三公”经费和机关运行经费预算表',
    '第一部分 部门概况',
    ...['收支预算总表', '支出预算总表', '“三公”经费和机关运行经费预算表', ...extra].flatMap((t) => [t, '项目\t合计', '合计\t1.00']),
];
/** 泉州's 目录 lists the 一般公共预算 by function and, as 表八, by economic classification. */
const quanzhou = (tables) => [
    '泉州市公安局',
    '2026 年部门预算',
    '目 录',
    '第一部分 部门概况',
    '- 一、收支预算总表',
    '- 七、一般公共预算拨款支出预算表',
    '- 八、一般公共预算支出经济分类情况表',
    '第一部分 部门概况',
    ...tables.flatMap((t) => [t, '项目\t合计', '合计\t1.00']),
];
describe('toc-tables', () => {
    testRule(tocTables, {
        valid: [
            {
                name: 'every listed table is there (titles worded differently)',
                lines: doc(['收支预算总表', '一般公共预算“三公”经费支出预算表']),
            },
            { name: 'a 目录 that lists every table the document prints', lines: listing([]) },
            {
                name: 'the 一般公共预算 by economic classification is a table of its own kind (泉州 表八)',
                lines: quanzhou(['收支预算总表', '一般公共预算拨款支出预算表', '2026 年度一般公共预算支出经济分类情况表']),
            },
        ],
        invalid: [
            {
                name: 'a listed table is missing',
                lines: doc(['收支预算总表']),
                findings: [{ severity: 'error', line: 6, message: '三公' }],
            },
            {
                name: 'a standard table the 目录 leaves out is a warning',
                lines: listing(['政府性基金预算支出表']),
                findings: [{ severity: 'warning', line: 18, message: '政府性基金' }],
            },
            {
                name: 'the table by function does not stand for the listed table by economic classification',
                lines: quanzhou(['收支预算总表', '一般公共预算拨款支出预算表']),
                findings: [{ severity: 'error', line: 7, message: '经济分类' }],
            },
            {
                name: 'the 项目支出 by economic classification (广州 表7) left out of the 目录 is a warning',
                lines: listing(['一般公共预算项目支出情况表(按经济分类科目)']),
                findings: [{ severity: 'warning', line: 18, message: '按经济分类科目' }],
            },
        ],
    }, it);
});
describe('toc-tables on a narrative whose tables are another file', () => {
    testRule(tocTables, {
        valid: [
            {
                name: 'the 目录 of 北京’s 附件1 情况说明 lists the tables of 附件2 报表',
                lines: [
                    '北京市财政局 2026 年度部门预算信息公开',
                    '目 录',
                    '第一部分 2026 年度部门预算情况说明',
                    '第二部分 2026 年度部门预算报表',
                    '一、收支总表',
                    '二、收入总表',
                    '三、支出总表',
                    '第一部分 2026 年度部门预算情况说明',
                    '一、收入预算情况说明',
                    '2026 年度收入预算 44169.36 万元。',
                    '二、支出预算情况说明',
                    '2026 年支出预算 44169.36 万元。',
                    '附件：北京市财政局 2026 年度部门预算报表',
                ],
            },
        ],
        invalid: [],
    }, it);
});
//# sourceMappingURL=toc-tables.test.js.map