import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { narrativeSum } from './narrative-sum.js';
const doc = (heading, text) => ['某某局2024年部门预算', '第三部分 情况说明', heading, text];
describe('narrative-sum', () => {
    testRule(narrativeSum, {
        valid: [
            {
                name: 'the “三公” items add up to the stated total',
                lines: doc('一、“三公”经费情况', '2024 年“三公”经费预算数为 1027.71 万元。其中：因公出国（境）费 0 万元，公务接待费 734.49 万元，公务用车购置及运行维护费 293.22 万元。'),
            },
            {
                name: 'a part is the claim its label names first, not one naming it inside a reason (广州 规划和自然资源局)',
                lines: doc('二、“三公”经费安排情况', '2026年本部门财政拨款安排“三公”经费162.53万元，比上年增加6.2万元，增长4%，主要原因是调整了因公出国（境）经费的经济分类，将用于支付因公出国（境）工作的国内服务费3.2万元由委托业务费调整为因公出国（境）经费。其中：因公出国（境）费86.47万元，公务用车购置及运行维护费61.49万元，公务接待费14.57万元。'),
            },
            {
                name: 'a whole whose parts are not all stated is not compared',
                lines: doc('一、政府采购情况', '2024 年政府采购预算总额 997.60 万元，其中：政府采购服务预算 997.60 万元。'),
            },
            {
                name: 'a part stated without 万元 (为0) is no part of the next figure’s label (上海 退役军人服务中心)',
                lines: doc('三、政府采购预算情况', '2026年度本单位政府采购预算446.71万元，其中：政府采购货物预算7.2万元、政府采购工程预算为0、政府采购服务预算439.51万元。'),
            },
        ],
        invalid: [
            {
                name: 'parts that do not make the whole (000: 647.00 + 153.42 + 0 for 848.66)',
                lines: doc('一、“三公”经费情况', '2024 年“三公”经费预算数为 848.66 万元。其中：1.因公出国（境）费 647.00 万元。2.公务接待费 153.42 万元。3.公务用车购置及运行费 0 万元。'),
                findings: [{ severity: 'error', line: 3, expected: '800.42', actual: '848.66' }],
            },
            {
                name: 'a difference within rounding is an info note (规划和自然资源局: 2319.21 for 2319.22)',
                lines: doc('一、政府采购支出情况', '政府采购金额 2319.21 万元，其中：货物采购金额 122.43 万元、工程采购金额 1387.72 万元、服务采购金额 809.07 万元。'),
                findings: [{ severity: 'info', line: 3 }],
            },
        ],
    }, it);
});
//# sourceMappingURL=narrative-sum.test.js.map