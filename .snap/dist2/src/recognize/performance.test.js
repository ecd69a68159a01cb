import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAmount } from '../model/amount.js';
import { buildPerformanceTable } from './performance.js';
import { gridContext, gridRow } from './testing.js';
const row = gridRow;
const ctx = gridContext();
function read(title, rows) {
    const raw = {
        title,
        titleLine: 0,
        repeatedTitleLines: [],
        preamble: [],
        unit: '万元',
        rows,
        notes: [],
        emptyStatement: null,
    };
    return buildPerformanceTable(raw, ctx);
}
const summary = (t) => t.rows.map((r) => [
    r.level,
    r.name,
    r.values.amount ? formatAmount(r.values.amount) : null,
    r.texts.target ?? null,
    r.texts.weight ?? null,
]);
/** Each row's level, total flag, name, amount and one text. */
const lines = (t, text) => t.rows.map((r) => [r.level, r.isTotal, r.name, r.values.amount ? formatAmount(r.values.amount) : null, r.texts[text] ?? null]);
describe('performance-target tables', () => {
    it('a form of keys and values with flat indicators (重庆 科学技术局 重点专项资金绩效目标表)', () => {
        const t = read('2026年市级重点专项资金绩效目标表（一级项目）', [
            row(1, [
                '项目名称',
                { text: '科技发展专项', span: 2 },
                '',
                { text: '主管部门', span: 2 },
                '',
                { text: '重庆市科学技术局', span: 3 },
                '',
                '',
            ]),
            row(2, [
                '当年预算',
                { text: '109,703.00', span: 2 },
                '',
                { text: '市级支出', span: 2 },
                '',
                { text: '109,703.00', span: 3 },
                '',
                '',
            ]),
            row(3, ['', '', '', { text: '补助区县', span: 2 }, '', '', '', '']),
            row(4, ['当年绩效目标', { text: '2026年布局关键技术不少于260项。', span: 7 }, '', '', '', '', '', '']),
            row(5, [
                '绩效指标',
                '指标名称',
                { text: '指标性质', span: 2 },
                '',
                { text: '指标值', span: 2 },
                '',
                '计量单位',
                '指标权重(%)',
                '是否核心',
            ]),
            row(6, ['', '技术合同成交额', { text: '≥', span: 2 }, '', { text: '950', span: 2 }, '', '亿元', '20', '是']),
            row(7, ['', '布局关键技术', { text: '≥', span: 2 }, '', { text: '260', span: 2 }, '', '项', '30', '是']),
        ]);
        assert.deepEqual(summary(t), [
            [1, '科技发展专项', '109703.00', null, null],
            [2, '技术合同成交额', null, '≥950亿元', '20'],
            [2, '布局关键技术', null, '≥260项', '30'],
        ]);
        assert.equal(t.rows[0]?.texts.unit_name, '重庆市科学技术局');
        assert.equal(t.rows[0]?.texts.objective, '2026年布局关键技术不少于260项。');
    });
    it('an empty form has no project: a key is never the value of the key before it', () => {
        const t = read('2026年市级重点专项资金绩效目标表（一级项目）', [
            row(1, ['项目名称', '', '主管部门', '']),
            row(2, ['当年预算', '', '市级支出', '']),
            row(3, ['绩效指标', '指标名称', '指标性质', '指标值']),
        ]);
        assert.deepEqual(t.rows, []);
        assert.equal(t.empty, true);
    });
    it('a grid of projects under a header naming every column, flat indicators (重庆 一般性项目绩效目标表)', () => {
        const t = read('2026年市级一般性项目绩效目标表（一级项目）', [
            row(1, [
                '序号',
                '项目名称',
                '当年财政拨款预算金额',
                '当年绩效目标',
                '指标名称',
                '指标性质',
                '指标值',
                '计量单位',
                '指标权重(%)',
            ]),
            row(2, [
                { text: '1', rowSpan: 2 },
                { text: '科学事务管理', rowSpan: 2 },
                { text: '26,675.34', rowSpan: 2 },
                { text: '保障局机关全年正常有序运转。', rowSpan: 2 },
                '转改制院所保障经费发放单位',
                '≥',
                '16',
                '个',
                '20',
            ]),
            row(3, ['', '', '', '', '年度预算执行率', '=', '100', '%', '10']),
        ]);
        assert.deepEqual(summary(t), [
            [1, '科学事务管理', '26675.34', null, null],
            [2, '转改制院所保障经费发放单位', null, '≥16个', '20'],
            [2, '年度预算执行率', null, '=100%', '10'],
        ]);
        assert.equal(t.rows[0]?.texts.unit_name, undefined);
    });
    it('an amount alone before the projects is the total printed without its name (湖州 退役军人事务局)', () => {
        const t = read('2026年市级部门项目支出绩效表', [
            row(1, ['单位名称', '项目名称', '金额', '项目总体绩效目标']),
            row(2, ['', '', '4,651.90', '']),
            row(3, ['湖州市军用饮食供应和供水站', '军供保障', '35.00', '保障过境和训练部队军供饮食配送。']),
        ]);
        assert.deepEqual(t.rows.map((r) => [r.level, r.isTotal, r.name, r.values.amount ? formatAmount(r.values.amount) : null]), [
            [null, true, '', '4651.90'],
            [1, false, '军供保障', '35.00'],
        ]);
    });
    it('a 合计 line of a table of many projects is a total row, not a project (湖州 项目支出绩效表)', () => {
        const t = read('2026年市级部门项目支出绩效表', [
            row(1, ['单位名称', '项目名称', '金额', '项目总体绩效目标']),
            row(2, ['**', '**', '**', '**']),
            row(3, ['合计', '', '51,856.41', '']),
            row(4, ['湖州市干部保健中心', '干部保健管理', '14.00', '完成市机关医务室的日常运营管理工作。']),
        ]);
        assert.deepEqual(lines(t, 'unit_name'), [
            [null, true, '合计', '51856.41', null],
            [1, false, '干部保健管理', '14.00', '湖州市干部保健中心'],
        ]);
    });
    it('projects with an amount and a target in words, the header repeated on each page (广州/珠海 重点项目预算绩效目标)', () => {
        const t = read('', [
            row(1, ['项目', '预算数（单位：万元）', '绩效目标']),
            row(2, ['其他运行经费', '549.75', '通过委托专业机构提供物业管理服务，保障我局办公点的安保、消防、保洁。']),
            row(3, ['项目', '预算数（单位：万元）', '绩效目标']),
            row(4, ['辅助人员补助经费-拱北海关', '7672.25', '通过配置辅助人员保障海关监管需要。']),
        ]);
        assert.deepEqual(t.rows.map((r) => [r.level, r.name, r.values.amount ? formatAmount(r.values.amount) : null, r.texts.objective ?? null]), [
            [1, '其他运行经费', '549.75', '通过委托专业机构提供物业管理服务，保障我局办公点的安保、消防、保洁。'],
            [1, '辅助人员补助经费-拱北海关', '7672.25', '通过配置辅助人员保障海关监管需要。'],
        ]);
        assert.deepEqual(t.columns.map((c) => c.label), ['预算数', '绩效目标']);
    });
    it('a row with no target whose amount its projects below add up to is their unit (广州 规划和自然资源局 p.74)', () => {
        const t = read('', [
            row(1, ['项目', '预算数（单位：万元）', '绩效目标']),
            row(2, ['广州市城市规划展览中心', '1,250.00', '逐步推进广州市城市规划展览中心大楼建设工作。']),
            row(3, ['广州市房地产交易登记中心', '70', '']),
            row(4, ['不动产登记经费', '70', '保障登记安全，强化政务服务的监管和政策宣传。']),
            row(5, ['广州市地质调查院（广州市海洋发展促进中心）', '4,353.53', '']),
            row(6, ['广州市地质灾害自动化监测预警网络扩面提质项目（一期）', '4,353.53', '全面完成二、三级重点防御区核查。']),
            row(7, ['某某项目', '12.00', '']),
        ]);
        assert.deepEqual(t.rows.map((r) => [r.isTotal, r.name, r.values.amount ? formatAmount(r.values.amount) : null, r.texts.unit_name ?? null]), [
            [false, '广州市城市规划展览中心', '1250.00', null],
            [true, '广州市房地产交易登记中心', '70', null],
            [false, '不动产登记经费', '70', '广州市房地产交易登记中心'],
            [true, '广州市地质调查院(广州市海洋发展促进中心)', '4353.53', null],
            [false, '广州市地质灾害自动化监测预警网络扩面提质项目(一期)', '4353.53', '广州市地质调查院（广州市海洋发展促进中心）'],
            [false, '某某项目', '12.00', null],
        ]);
    });
});
describe('a grid of units and projects under a two-row header', () => {
    // 长沙 职业教育基地 2026年项目支出绩效目标表, pp.22–23 (the project's merged cells printed again on p.23).
    const header = [
        row(1, ['单位编码', '单位（项目）名称', '资金总额', '绩效目标', { text: '绩效指标', span: 7 }, '', '', '', '', '', '']),
        row(2, ['', '', '', '', '一级指标', '二级指标', '三级指标', '指标值', '指标值内容', '度量单位', '指标值类型']),
    ];
    const project = (line, rest) => row(line, ['201056', '经常性运转经费（水电气）', '270.00', '保障基地正常运转', ...rest]);
    const t = read('2026年项目支出绩效目标表', [
        ...header,
        row(3, ['合计', '', '270.00', '', '', '', '', '', '', '', '']),
        row(4, ['201056', '长沙职业教育基地综合协调办公室', '270.00', '', '', '', '', '', '', '', '']),
        project(5, ['成本指标', '经济成本指标', '水费', '120', '水费财政拨款总费用', '万元', '=']),
        row(6, ['', '', '', '', '', '', '电费', '140', '电费财政拨款总费用', '万元', '=']),
        row(7, ['', '', '', '', '', '社会成本指标', '', '', '', '', '']),
        row(8, ['', '', '', '', '产出指标', '数量指标', '用水量', '92.32', '用水总量', '万吨', '=']),
        ...header.map((r, i) => ({ ...r, line: 9 + i })),
        project(11, ['产出指标', '时效指标', '及时支付', '90', '及时支付率', '%', '≥']),
    ]);
    it('reads the 合计, the unit that carries the project, and the project once with all its indicators', () => {
        assert.equal(t.empty, false);
        assert.deepEqual(lines(t, 'target'), [
            [null, true, '合计', '270.00', null],
            [null, true, '长沙职业教育基地综合协调办公室', '270.00', null],
            [1, false, '经常性运转经费(水电气)', '270.00', null],
            [2, false, '水费', null, '=120万元'],
            [2, false, '电费', null, '=140万元'],
            [2, false, '用水量', null, '=92.32万吨'],
            [2, false, '及时支付', null, '≥90%'],
        ]);
        assert.equal(t.columns[0]?.label, '资金总额');
    });
    it('carries the 一级 and 二级 levels merged down over the indicators', () => {
        const levels = t.rows.filter((r) => r.level === 2).map((r) => [r.name, r.texts.indicator_l1, r.texts.indicator_l2]);
        assert.deepEqual(levels, [
            ['水费', '成本指标', '经济成本指标'],
            ['电费', '成本指标', '经济成本指标'],
            ['用水量', '产出指标', '数量指标'],
            ['及时支付', '产出指标', '时效指标'],
        ]);
    });
});
//# sourceMappingURL=performance.test.js.map