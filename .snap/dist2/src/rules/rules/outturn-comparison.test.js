import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { outturnComparison } from './outturn-comparison.js';
const doc = (...text) => [
    '某某局2024年度部门决算',
    '第三部分 2024年度部门决算情况说明',
    '五、一般公共预算财政拨款支出决算情况说明',
    ...text,
];
describe('outturn-comparison', () => {
    testRule(outturnComparison, {
        valid: [
            {
                name: 'the word agrees with the figures (上海市普陀区规划和自然资源局 2024 决算, p. 22–23)',
                lines: doc('一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。决算数小于预算数的主要原因：城乡社区支出（类）未完成年初预期。', '机关事业单位职业年金缴费支出。年初预算为 226.25 万元，支出决算为 225.12 万元，完成年初预算的 99.50%。决算数小于预算数的主要原因：年中社会保险缴费基数变更导致。', '其他共产党事务支出。年初预算为 0.88 万元，支出决算为 0.88 万元。完成年初预算的 100.00%。决算数同预算数持平。'),
            },
            {
                name: 'the 三公 items name no budget: the comparison after them is of the total',
                lines: doc('“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%，其中：因公出国（境）费支出决算为 0 万元，完成预算的 0%；公务接待费支出决算为 0.39 万元，完成预算的 16.81%。2024 年度“三公”经费支出决算数小于年初预算数的主要原因是严格落实中央八项规定。'),
            },
            {
                name: 'a template’s alternatives compare nothing (the wording rule reports them)',
                lines: doc('年初预算为 12.00 万元，支出决算为 10.00 万元。决算数大于（小于）预算数的主要原因：XXXXXXXX。'),
            },
            {
                name: 'a change against last year is not a comparison with the budget',
                lines: doc('2024 年度“三公”经费财政拨款支出决算数比 2023 年度减少 0.15 万元，下降 27.78%。'),
            },
        ],
        invalid: [
            {
                name: 'the text says 小于 where the outturn equals the budget',
                lines: doc('住房公积金（项）。年初预算为 45.00 万元，支出决算为 45.00 万元，完成年初预算的 100.00%。决算数小于预算数的主要原因：人员变动。'),
                findings: [{ severity: 'error', line: 3, expected: '等于', actual: '小于' }],
            },
            {
                name: '持平 where the outturn is below the budget, in the sentence after the figures',
                lines: doc('行政运行（项）。年初预算为 1115.48 万元，支出决算为 1092.80 万元。', '决算数与预算数持平。'),
                findings: [{ severity: 'error', expected: '小于', actual: '等于' }],
            },
            {
                name: 'a completion rate of a zero budget',
                lines: doc('其他城乡社区支出（项）。年初预算为 0 万元，支出决算为 12.30 万元，完成年初预算的 100%。决算数大于预算数的主要原因：年中追加。'),
                findings: [{ severity: 'warning', actual: '100' }],
            },
        ],
    }, it);
});
//# sourceMappingURL=outturn-comparison.test.js.map