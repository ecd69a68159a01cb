import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { narrativeCount } from './narrative-count.js';
const doc = (sentence) => [
    '某某局2024年部门预算',
    '项目支出预算表',
    '单位：万元',
    '类型\t项目名称\t\t部门（单位）名称\t合计',
    '\t一级项目\t二级项目\t\t',
    '合计\t\t\t\t3.00',
    '专项业务支出\t\t\t\t3.00',
    '\t综合管理\t\t\t3.00',
    '\t\t甲项目\t某某局\t1.00',
    '\t\t乙项目\t某某局\t2.00',
    '第三部分 情况说明',
    '一、项目支出情况说明',
    sentence,
];
/** A per-unit income table of the department's 本级 and two units, and a narrative that counts them. */
const units = (sentence) => [
    '某某局2024年部门预算',
    '收入预算总表',
    '单位：万元',
    '单位名称\t合计\t一般公共预算拨款收入',
    '合计\t6.00\t6.00',
    '某某局(本级)\t1.00\t1.00',
    '某某中心\t2.00\t2.00',
    '某某学校\t3.00\t3.00',
    '第三部分 情况说明',
    '一、部门构成',
    sentence,
];
/** 广州's 收入总体情况表: the department's own row over its units, and a unit of another level beside them. */
const ownRow = (sentence) => [
    '某某局2026年部门预算',
    '收入总体情况表',
    '单位：万元',
    '单位名称\t合计\t一般公共预算拨款收入',
    '合计\t10.00\t10.00',
    '某某局\t1.00\t1.00',
    '某某中心\t2.00\t2.00',
    '某某学校\t3.00\t3.00',
    '某某省监测站\t4.00\t4.00',
    '第一部分 部门概况',
    '二、机构设置',
    sentence,
];
describe('narrative-count', () => {
    testRule(narrativeCount, {
        valid: [
            {
                name: 'counts that match the project table',
                lines: doc('2024 年部门项目支出 3.00 万元，其中：一级项目 1 个，二级项目 2 个。'),
            },
            { name: 'budget units counted with the 本级', lines: units('某某局现有预算单位 3 个。') },
            {
                name: 'a unit list that names the units of the income table',
                lines: units('某某局现有预算单位 3 个，包括：某某局（本级）、某某中心、某某学校。'),
            },
            {
                name: 'direct units counted in the 部门概况 part (000: 39 个机构和 15 个直属事业单位)',
                lines: [
                    '第一部分 部门概况',
                    '二、机构设置',
                    '某某局内设 5 个机构和 2 个直属事业单位，分别为：',
                    ...units('').slice(0, 8),
                ],
            },
            { name: 'budget units counted without the 本级', lines: units('部门预算包括部门本级及所属 2 个预算单位。') },
            {
                name: 'budget units counted with the department’s own row (广州 卫健委: 预算单位24个, the 24th 委本级, beside 23 units)',
                lines: ownRow('本部门预算为汇总预算，预算单位4个，具体包括：（一）某某中心（二）某某学校（三）某某省监测站（四）某某局（本级）'),
            },
            {
                name: 'a count of the units it names one by one (广州 生态环境局: 下属预算单位35个，分别是：… beside the provincial 监测中心站)',
                lines: ownRow('下属预算单位2个，分别是：某某中心、某某学校。'),
            },
        ],
        invalid: [
            {
                name: 'a second-level count the table does not list (001: 47 stated, 46 printed)',
                lines: doc('2024 年部门项目支出 3.00 万元，其中：一级项目 1 个，二级项目 3 个。'),
                findings: [{ severity: 'warning', line: 12, expected: '2', actual: '3' }],
            },
            {
                name: 'a number of direct units in the 部门概况 part the income table does not list',
                lines: [
                    '第一部分 部门概况',
                    '二、机构设置',
                    '某某局内设 5 个机构和 7 个直属事业单位，分别为：',
                    ...units('').slice(0, 8),
                ],
                findings: [{ severity: 'warning', line: 2, expected: '3', actual: '7' }],
            },
            {
                name: 'a unit list naming a unit the income table does not (001: 信息中心 for 信息服务中心)',
                lines: units('某某局现有预算单位 3 个，包括：某某局（本级）、某某服务中心、某某学校。'),
                findings: [{ severity: 'warning', line: 10, actual: '某某服务中心' }],
            },
            {
                name: 'a count of units named one by one that the table does not all list',
                lines: ownRow('下属预算单位2个，分别是：某某中心、某某大学。'),
                findings: [
                    { severity: 'warning', line: 11, actual: '某某大学' },
                    { severity: 'warning', line: 11, expected: '3', actual: '2' },
                ],
            },
            {
                name: 'a number of budget units the income table does not list',
                lines: units('某某局现有预算单位 5 个。'),
                findings: [{ severity: 'warning', line: 10, expected: '3', actual: '5' }],
            },
        ],
    }, it);
});
//# sourceMappingURL=narrative-count.test.js.map