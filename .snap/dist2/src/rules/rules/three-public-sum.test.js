import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { threePublicSum } from './three-public-sum.js';
const three = (rows) => [
    '某某局2024年部门预算',
    '一般公共预算“三公”经费支出预算表',
    '单位：万元',
    '项 目\t2024 年预算数',
    ...rows,
];
describe('three-public-sum', () => {
    testRule(threePublicSum, {
        valid: [
            {
                name: 'total = travel + reception + vehicles, vehicles = purchase + running',
                lines: three([
                    '合 计\t10.00',
                    '1、因公出国（境）费用\t2.00',
                    '2、公务接待费\t3.00',
                    '3、公务用车费\t5.00',
                    '其中：（1）公务用车运行维护费\t5.00',
                    '（2）公务用车购置\t',
                ]),
            },
        ],
        invalid: [
            {
                name: 'a total that is not the sum of the three',
                lines: three([
                    '合 计\t11.00',
                    '1、因公出国（境）费用\t2.00',
                    '2、公务接待费\t3.00',
                    '3、公务用车费\t5.00',
                    '其中：（1）公务用车运行维护费\t5.00',
                    '（2）公务用车购置\t',
                ]),
                findings: [{ severity: 'error', line: 5, expected: '10.00', actual: '11.00' }],
            },
            {
                name: 'vehicles that are not purchase + running',
                lines: three([
                    '合 计\t10.00',
                    '1、因公出国（境）费用\t2.00',
                    '2、公务接待费\t3.00',
                    '3、公务用车费\t5.00',
                    '其中：（1）公务用车运行维护费\t4.00',
                    '（2）公务用车购置\t',
                ]),
                findings: [{ severity: 'error', line: 8, expected: '4.00', actual: '5.00' }],
            },
            {
                // 北京 军民融合办 预算09表 p.13: 小计 blank, 购置 18.69 + 运行 4.83, the 总额 40.77 counting them.
                name: 'a vehicles 小计 left blank over printed parts: one finding, the total counts the parts',
                lines: three([
                    '合 计	10.00',
                    '1、因公出国（境）费用	2.00',
                    '2、公务接待费	3.00',
                    '3、公务用车费	',
                    '其中：（1）公务用车运行维护费	4.00',
                    '（2）公务用车购置	1.00',
                ]),
                findings: [{ severity: 'error', line: 8, expected: '5.00' }],
            },
        ],
    }, it);
});
//# sourceMappingURL=three-public-sum.test.js.map