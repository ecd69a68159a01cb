import { describe, it } from 'node:test';
import { testRule } from '../testing.js';
import { performanceIndicator } from './performance-indicator.js';
/** A performance-target table in 万元 as 000 prints it: one project, its indicators one a line (the first on the project's line 5). */
const wan = (amount, indicators) => [
    '某某局2024年部门预算',
    '项目支出绩效目标表',
    '单位：万元',
    '单位名称\t项目名称\t年度资金总额 (万元)\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标解释\t指标值\t权重',
    ...indicators.map(([l1, l2, name, target], i) => `${i === 0 ? `001-某某局\t办公楼维修项目\t${amount}\t完成维修` : '\t\t\t'}\t${l1}\t${l2}\t${name}\t${name}\t${target}\t10`),
];
/** A project sheet in 元 as 003 prints it, with an implementation-period total (indicators from line 7, annual column read). */
const yuan = (period, annual, indicators) => [
    '某某局2024年单位预算',
    '项目支出绩效目标表',
    '项目名称\t\t2024年设备购置经费',
    '项目属性\t\t经常性项目（长期开展）\t\t项目期\t\t3年',
    `项目资金（元）\t实施期资金总额：\t${period}\t\t年度资金总额：\t${annual}`,
    '绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值',
    ...indicators.map(([l1, l2, name, target]) => `\t${l1}\t${l2}\t${name}\t${target}\t${l2}\t${name}\t${target}`),
];
const cost = (name, target) => ['成本指标', '经济成本指标', name, target];
const output = (name, target) => ['产出指标', '质量指标', name, target];
const satisfaction = (target) => ['满意度指标', '服务对象满意度指标', '使用人员满意度', target];
describe('performance-indicator', () => {
    testRule(performanceIndicator, {
        valid: [
            {
                name: 'whole-cost indicators equal to or capped at the annual amount, in 万元, 万 or 元',
                lines: wan('20.00', [
                    cost('实际支出成本', '<=20万元'),
                    cost('项目总成本', '=20万'),
                    cost('资金总额', '≥200,000元'),
                    output('维修面积', '>=700平方米'),
                ]),
            },
            {
                name: 'component and per-unit costs are not the whole cost (000, 003)',
                lines: wan('155.00', [
                    cost('招商引资宣传资料翻译成本', '<=90万元'),
                    cost('项目成效评估成本', '>=200万元'),
                    cost('员额人员每人每年工资社保等支出', '<=13万元'),
                    cost('参加培训成本', '≤1.5万元/次'),
                    cost('实际支出成本', '>=95百分比'),
                ]),
            },
            {
                name: 'a target met by the implementation-period total is not a contradiction',
                lines: yuan('90,000', '30,000', [cost('项目总成本', '≥9万元'), cost('实际支出成本', '≤90,000元')]),
            },
            {
                name: 'rates in percent, timeliness rates in time units, a percentage with text glued on (002)',
                lines: wan('20.00', [
                    output('维修工程验收合格率', '>=100百分比'),
                    output('工程完成及时率', '<=30天'),
                    output('计算机系统维护及时率', '<=1小时'),
                    output('活动按时完成率', '<=12月底'),
                    output('完成及时率', '在重大招商引资活动开始前1个月'),
                    ['满意度指标', '服务对象满意度指标', '职工满意度', '≥95保障工作完成'],
                ]),
            },
            {
                name: 'growth rates may exceed 100%; a share of exactly 100% is fine',
                lines: wan('20.00', [
                    ['效益指标', '经济效益指标', '引进域外资金同比增长率', '>=120%'],
                    output('地区覆盖率', '>=100%'),
                    satisfaction('=100%'),
                ]),
            },
            {
                name: 'an upper bound on a rate that should be low (差错率, 投诉率)',
                lines: wan('20.00', [output('印刷差错率', '≤0.01%'), ['效益指标', '社会效益指标', '投诉率', '≤1%']]),
            },
        ],
        invalid: [
            {
                name: 'a whole cost above the annual amount (000: 20 万元, 实际支出成本 >=50万元)',
                lines: wan('20.00', [cost('实际支出成本', '>=50万元')]),
                findings: [{ severity: 'error', line: 5, expected: '20.00', actual: '50', message: '实际支出成本' }],
            },
            {
                name: 'a whole cost equal to another amount (000: 15 万元, =20万元), and in 元 over a 元 table',
                lines: [
                    ...wan('15.00', [cost('实际支出成本', '=20万元')]),
                    ...yuan('90,000', '30,000', [cost('项目总成本', '=12万元')]),
                ],
                findings: [
                    { severity: 'error', line: 5, expected: '15.00', actual: '20' },
                    { severity: 'error', line: 12, expected: '3', actual: '12' },
                ],
            },
            {
                name: 'a cost cap not updated: above the funds (000: 41 万元, <=134万元) or below them',
                lines: [
                    ...wan('41.00', [cost('实际支出成本', '<=134万元')]),
                    ...yuan('30,000', '30,000', [cost('实际支出成本', '≤25,000元')]),
                ],
                findings: [
                    { severity: 'warning', line: 5, expected: '41.00', actual: '134', message: '上限' },
                    { severity: 'warning', line: 12, expected: '30000', actual: '25,000' },
                ],
            },
            {
                name: 'rates counted in units (000 设备购置计划完成率 >=6个, 001 覆盖率 ≥5 类)',
                lines: wan('7.00', [output('设备购置计划完成率', '>=6个'), output('农特产品宣传推广覆盖率', '≥5 类')]),
                findings: [
                    { severity: 'warning', line: 5, actual: '6', message: '个' },
                    { severity: 'warning', line: 6, actual: '5', message: '类' },
                ],
            },
            {
                name: 'shares above 100%',
                lines: wan('20.00', [satisfaction('>=120%'), output('任务完成率', '>100%')]),
                findings: [
                    { severity: 'error', line: 5, expected: '100', actual: '120' },
                    { severity: 'error', line: 6, expected: '100', actual: '100' },
                ],
            },
            {
                name: 'floors written as caps',
                lines: wan('20.00', [satisfaction('<=95%'), output('验收合格率', '不高于95%')]),
                findings: [
                    { severity: 'warning', line: 5, actual: '95', message: '上限' },
                    { severity: 'warning', line: 6, actual: '95' },
                ],
            },
        ],
    }, it);
});
//# sourceMappingURL=performance-indicator.test.js.map