/**
 * Tables drawn without rules, read from how their text lines up. The pages are made of text pieces
 * placed as 广州's budget tables place them (fagai-2026 and chengguan-2026, their rules taken away):
 * halves of a 收支总表 written as one text run, headers wrapped and centred, names and 绩效目标 texts
 * centred on their rows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../settings.js';
import { advance } from '../text.js';
import { lineText } from './lines.js';
import { layoutPage } from './page.js';
const width = (text) => [...text].reduce((sum, ch) => sum + advance(ch), 0) * 5;
/** A piece of 10 pt text starting at x0 (names, left-aligned). */
const at = (text, x0, baseline) => ({
    text,
    x0,
    x1: x0 + width(text),
    baseline,
    size: 10,
    y0: baseline - 8.8,
    y1: baseline + 1.2,
});
/** A piece ending at x1 (amounts, right-aligned). */
const to = (text, x1, baseline) => at(text, x1 - width(text), baseline);
function read(pieces) {
    const page = layoutPage({ page: 1, width: 842, height: 595, edges: [], pieces }, DEFAULT_SETTINGS);
    const rows = page.tables.map((t) => t.rows.map((r) => r.cells.map((c) => (c.span > 1 ? `${c.text}/${c.span}` : c.text))).filter((r) => r.some((c) => c !== '')));
    return { rows, lines: page.lines.map(lineText) };
}
describe('tables drawn without ruling lines', () => {
    it('keeps the halves of a 收支总表 apart, an amount and the next name written as one run split', () => {
        const y = (k) => 204.5 + k * 16.4;
        const { rows, lines } = read([
            at('收支总体情况表', 374, 120),
            at('单位：万元', 738, 156),
            at('收入', 221, 171.8),
            at('支出', 599, 171.8),
            at('项目', 127, 188.2),
            at('预算', 316, 188.2),
            at('项目', 504, 188.2),
            at('预算', 693, 188.2),
            at('一、预算拨款', 48, y(0)),
            at('155,723.39 一、一般公共服务支出', 370, y(0)),
            to('12,090.48', 797, y(0)),
            at('二、财政专户拨款', 48, y(1)),
            at('0.00 二、外交支出', 400, y(1)),
            to('0.00', 797, y(1)),
            at('八、社会保障和就业支出', 425, y(2)),
            to('2,891.48', 797, y(2)),
        ]);
        assert.deepEqual(rows, [
            [
                ['收入/2', '', '支出/2', ''],
                ['项目', '预算', '项目', '预算'],
                ['一、预算拨款', '155,723.39', '一、一般公共服务支出', '12,090.48'],
                ['二、财政专户拨款', '0.00', '二、外交支出', '0.00'],
                ['', '', '八、社会保障和就业支出', '2,891.48'],
            ],
        ]);
        assert.deepEqual(lines, ['收支总体情况表', '单位：万元']);
    });
    it('takes the header block above the rows: wrapped labels joined, a group label over the columns it heads', () => {
        // 收入总体情况表: 财政拨款收入 over three funds whose names wrap (一般公共预 / 算), 单位名称 and 合计 centred.
        const y = (k) => 187.7 + k * 16.4;
        const { rows } = read([
            at('单位名称：广州市发展和改革委员会', 42, 106.5),
            at('单位：万元', 738, 106.5),
            at('财政拨款收入', 346, 123.8),
            at('单位名称', 114, 147.6),
            at('合计', 248, 147.6),
            at('一般公共预', 295, 147.6),
            at('政府性基金', 352, 147.6),
            at('国有资本经', 408, 147.6),
            at('其他收', 470, 147.6),
            at('算', 315, 163.2),
            at('预算', 367, 163.2),
            at('营预算', 418, 163.2),
            at('入', 480, 163.2),
            ...[0, 1, 2].flatMap((k) => [
                at(['合计', '广州市节能中心', '广州市储备粮管理中心'][k], 48, y(k)),
                to('858.95', 290, y(k)),
                to('858.95', 349, y(k)),
                to('0.00', 405, y(k)),
                to('0.00', 461, y(k)),
                to('0.00', 509, y(k)),
            ]),
        ]);
        assert.deepEqual(rows[0]?.slice(0, 2), [
            ['', '', '财政拨款收入/3', '', '', ''],
            ['单位名称', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '其他收入'],
        ]);
        assert.equal(rows[0]?.length, 5);
    });
    it('joins names centred on their rows, the data line holding none of an even number of lines', () => {
        const { rows } = read([
            at('科目编码', 71, 150),
            at('科目名称', 200, 150),
            at('合计', 350, 150),
            at('基本支出', 425, 150),
            at('2080502', 48, 170),
            at('事业单位离退休', 146, 170),
            to('78.32', 382, 170),
            to('78.32', 465, 170),
            at('机关事业单位基本养老保险缴', 146, 178.6),
            at('2080505', 48, 186.4),
            to('949.23', 382, 186.4),
            to('949.23', 465, 186.4),
            at('费支出', 146, 194.2),
            at('机关事业单位职业年金缴费支', 146, 210.6),
            at('2080506', 48, 218.4),
            to('475.22', 382, 218.4),
            to('475.22', 465, 218.4),
            at('出', 146, 226.2),
            at('20808', 48, 242.6),
            at('抚恤', 146, 242.6),
            to('220.00', 382, 242.6),
            to('220.00', 465, 242.6),
        ]);
        assert.deepEqual(rows[0]?.map((r) => r.slice(0, 2)), [
            ['科目编码', '科目名称'],
            ['2080502', '事业单位离退休'],
            ['2080505', '机关事业单位基本养老保险缴费支出'],
            ['2080506', '机关事业单位职业年金缴费支出'],
            ['20808', '抚恤'],
        ]);
    });
    it('reads a 绩效目标 column whose texts wrap around their rows, and a row whose amount stands alone', () => {
        const { rows, lines } = read([
            at('2026年，本部门重点项目绩效目标情况如下：', 117, 400),
            at('项目', 141, 420),
            at('预算数（单位：万元）', 219, 420),
            at('绩效目标', 399, 420),
            at('完成市本级粮油储备规模任务，确保市本', 328, 436.6),
            at('市本级粮食风险基金', 92, 452.2),
            at('47500', 220, 452.2),
            at('级粮油储备安全。', 323, 452.2),
            at('任务，确保储备粮油常储常新。', 323, 467.8),
            at('通过政策引领，激发广州应用场景资源丰', 328, 484.2),
            at('支持人工智能产业高质量发', 92, 499.8),
            at('富的优势，促进人工智能', 323, 499.8),
            at('30000', 220, 507.6),
            at('展经费', 87, 515.4),
            at('民生、城市治理赋能。', 323, 515.4),
            at('注：无。', 86, 540),
        ]);
        assert.deepEqual(rows, [
            [
                ['项目', '预算数（单位：万元）', '绩效目标'],
                ['市本级粮食风险基金', '47500', '完成市本级粮油储备规模任务，确保市本级粮油储备安全。任务，确保储备粮油常储常新。'],
                [
                    '支持人工智能产业高质量发展经费',
                    '30000',
                    '通过政策引领，激发广州应用场景资源丰富的优势，促进人工智能民生、城市治理赋能。',
                ],
            ],
        ]);
        assert.deepEqual(lines, ['2026年，本部门重点项目绩效目标情况如下：', '注：无。']);
    });
    it('reads an empty table: its 合计 row under a header of several cells', () => {
        const { rows, lines } = read([
            at('科目编码', 90, 140),
            at('科目名称', 200, 140),
            at('小计', 330, 140),
            at('项目支出', 420, 140),
            at('合计', 271, 156.5),
            to('0.00', 350, 156.5),
            to('0.00', 450, 156.5),
            at('注：本表本年无发生额。', 42, 170.5),
        ]);
        assert.deepEqual(rows, [
            [
                ['科目编码', '科目名称', '小计', '项目支出'],
                ['', '合计', '0.00', '0.00'],
            ],
        ]);
        assert.deepEqual(lines, ['注：本表本年无发生额。']);
    });
    it('leaves running text with figures as text', () => {
        const { rows } = read([
            at('2026年本部门政府采购安排9,543.17万元，其中：货物类采', 117, 600),
            at('购预算1,057.9万元，工程类采购预算0万元，服务类采购预算', 87, 630),
            at('8,485.27万元等。', 87, 660),
        ]);
        assert.deepEqual(rows, []);
    });
    it('leaves a justified paragraph above a page number framed by dashes as text (重庆 经信委 p.1: — 448 —)', () => {
        // The paragraph runs down to the footer; its lines are spaced out, so each falls in pieces.
        const y = (k) => 384 + k * 20.8;
        const paragraph = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((k) => [
            at(`经济运行局、规划发展处、技术改造与投资处${k}`, 74, y(k)),
            at('(行政审批处)、研究室、招商统筹处', 560, y(k)),
        ]);
        const { rows, lines } = read([...paragraph, at('—', 370, 552), at('448', 400, 552), at('—', 440, 552)]);
        assert.deepEqual(rows, []);
        assert.equal(lines.length, 9);
    });
});
//# sourceMappingURL=aligned.test.js.map