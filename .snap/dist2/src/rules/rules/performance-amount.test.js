import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { performanceAmount } from './performance-amount.js';
const doc = (annual, period, nature = '一次性项目（1年结束）') => [
    '某某局2024年单位预算',
    '2024年项目支出预算表（本年预算）',
    '单位：万元',
    '项目名称\t合计\t一般公共预算',
    '某某局\t13.00\t13.00',
    '2024年项目评审工作经费\t13.00\t13.00',
    '项目支出绩效目标表',
    '项目名称\t\t2024年项目评审工作经费',
    `项目属性\t\t${nature}\t\t项目期\t\t1年`,
    `项目资金（元）\t实施期资金总额：\t${period}\t\t年度资金总额：\t${annual}`,
];
describe('performance-amount', () => {
    testRule(performanceAmount, {
        valid: [
            { name: 'the annual amount in 元 equals the project table in 万元', lines: doc('130,000', '130,000') },
            {
                name: 'a recurring project may have a longer period total',
                lines: doc('130,000', '150,000', '经常性项目（长期开展）'),
            },
        ],
        invalid: [
            {
                name: 'a one-year project whose period total differs from its annual total (003)',
                lines: doc('130,000', '150,000'),
                findings: [{ severity: 'error', expected: '130,000', actual: '150,000' }],
            },
            {
                name: 'an annual amount that differs from the project table',
                lines: doc('120,000', '120,000'),
                findings: [{ severity: 'error', expected: '13.00', actual: '12.00' }],
            },
        ],
    }, it);
});
describe('performance-amount at six decimals (北京 报表)', () => {
    const beijing = (annual) => [
        '某某局2026年单位预算',
        '2026年项目支出预算表',
        '单位：万元',
        '项目名称\t合计\t一般公共预算',
        '某某局\t839.000000\t839.000000',
        '评审工作经费\t839.000000\t839.000000',
        '项目支出绩效目标表',
        '项目名称\t\t评审工作经费',
        '项目属性\t\t经常性项目（长期开展）',
        `项目资金（万元）\t实施期资金总额：\t${annual}\t\t年度资金总额：\t${annual}`,
    ];
    testRule(performanceAmount, {
        valid: [{ name: 'the same amount printed to six decimals', lines: beijing('839.000000') }],
        invalid: [
            {
                name: 'a different amount',
                lines: beijing('839.100000'),
                findings: [{ severity: 'error', expected: '839.000000', actual: '839.100000' }],
            },
        ],
    }, it);
});
describe('performance-amount on key projects with their targets in words (广东)', () => {
    /** 珠海 商务局: the 重点项目预算绩效目标 under the narrative heading, against the project table's 总计. */
    const zhuhai = (amount) => [
        '珠海市某某局2026年部门预算',
        '部门预算项目支出及其他支出预算表',
        '单位：万元',
        '项目名称\t总计\t一般公共预算\t绩效目标',
        '珠海市某某局\t7,706.50\t7,706.50\t',
        '辅助人员补助经费-拱北海关\t7,672.50\t7,672.50\t通过配置辅助人员保障海关监管需要。',
        '拱北口岸和青茂口岸设施设备维保费\t34.00\t34.00\t降低口岸内相关设施设备故障率。',
        '七、重点项目预算绩效目标情况',
        '2026年，本部门重点项目绩效目标情况如下：',
        '项目\t预算数（单位：万元）\t绩效目标',
        `辅助人员补助经费-拱北海关\t${amount}\t通过配置辅助人员保障海关监管需要，更好助力服务地方经济发展。`,
        '拱北口岸和青茂口岸设施设备维保费\t34\t降低口岸内相关设施设备故障率，减少安全隐患。',
    ];
    testRule(performanceAmount, {
        valid: [{ name: 'each key project’s 预算数 is its amount in the project table', lines: zhuhai('7672.5') }],
        invalid: [
            {
                name: 'a key project stated at another amount (珠海 商务局 p.33: 7672.25 against 7,672.50)',
                lines: zhuhai('7672.25'),
                findings: [{ severity: 'error', actual: '7672.25', message: '预算数 7672.25 万元，项目支出表为 7,672.50' }],
            },
        ],
    }, it);
});
describe('performance-amount: the form’s own words state another amount than its 年度资金总额', () => {
    /** 阳泉 商务局 2024 (seed 003): the form and its 项目概况, whose words here state the project's money. */
    const form = (overview, target = '组织专家对我市商务事业发展专项资金项目进行评审。') => [
        '某某局2024年单位预算',
        '项目支出绩效目标表',
        '项目名称\t\t2024年项目评审工作经费',
        '项目属性\t\t一次性项目（1年结束）\t\t项目期\t\t1年',
        '项目资金（元）\t实施期资金总额：\t130,000\t\t年度资金总额：\t130,000',
        `项目概况\t\t${overview}`,
        '立项依据\t\t《山西省财政厅、山西省商务厅关于印发〈省级商务事业发展专项资金管理办法〉的通知》（晋财环〔2021〕89号）',
        `总体目标\t\t${target}`,
    ];
    testRule(performanceAmount, {
        valid: [
            {
                name: 'the text states the annual amount, in 万元 (seed 003’s 项目概况 with its amount)',
                lines: form('组织专家对我市通过省级专家初审的项目进行评审，2024年预算资金13万元用于支付评审费。'),
            },
            {
                name: 'a threshold is no amount of the project ("单价50万元以上", issue 13)',
                lines: form('对单价50万元以上的设备购置项目组织专家评审。'),
            },
            {
                name: 'a part after 其中 is not the project’s amount',
                lines: form('本项目预算资金13万元，其中：专家评审费5万元。'),
            },
            {
                name: 'the money of another year ("2023年预算资金30万元") says nothing of this year’s',
                lines: form('2023年预算资金30万元用于支付工程款。'),
            },
            {
                name: 'a rate per person is no amount of the project (seed 003: 每年1万元)',
                lines: form('聘请专业律师担任我单位法律顾问，按年度支付律师费，每年1万元。'),
            },
        ],
        invalid: [
            {
                name: 'the 项目概况 states 30万元 against a 年度资金总额 of 130,000 元 (issue 13’s "预算资金30万元用于支付工程款")',
                lines: form('2024年预算资金30万元用于支付工程款。'),
                findings: [{ severity: 'warning', expected: '130,000', actual: '30', message: '文字称预算 30 万元' }],
            },
            {
                name: 'the 总体目标 states it',
                lines: form('组织专家评审。', '本项目预算资金为12万元，组织专家对项目进行评审。'),
                findings: [{ severity: 'warning', actual: '12' }],
            },
        ],
    }, it);
});
//# sourceMappingURL=performance-amount.test.js.map