import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBlocks } from '../adapters/text/read-text.js';
import { segment } from './segment.js';
function segmentText(text) {
    return segment(readBlocks(text).blocks, 'x.txt');
}
describe('segmenting a dump into tables', () => {
    it('needs a grid under a title: table-of-contents lines are not tables', () => {
        const { tables, paragraphs } = segmentText('目 录\n- 一、收支预算总表\n- 二、收入预算总表\n第一部分 概况\n');
        assert.equal(tables.length, 0);
        assert.equal(paragraphs.length, 4);
    });
    it('reads a lone widely spaced line without a figure as text, not as an untitled table (烟台 民政局 p30)', () => {
        const text = ['二、“三公”经费支出情况', '预算共24.62万元。主要原因是', '其 中 ：\t1.', '因公出国（境）费5万元。'].join('\n');
        const { tables, paragraphs } = segmentText(text);
        assert.equal(tables.length, 0);
        assert.deepEqual(paragraphs.map((p) => p.text), ['二、“三公”经费支出情况', '预算共24.62万元。主要原因是', '其 中 ： 1.', '因公出国（境）费5万元。']);
    });
    it('keeps the unit, a table continued after a page break, notes and the empty statement', () => {
        const text = [
            '一般公共预算“三公”经费支出预算表',
            '',
            '单位：万元',
            '',
            '项 目\t2024 年预算数',
            '合 计\t848.66',
            '',
            '5',
            '',
            '1、因公出国（境）费用\t647.00',
            '',
            '说明：',
            '',
            '1.“2024 年预算数”的单位范围包括部门本级及所属 16 个预算单位。',
            '',
            '政府性基金预算支出预算表',
            '单位：万元\t\t',
            '功能分类科目名称\t合计',
            '合计\t',
            '说明：本部门无政府性基金预算拨款支出。',
            '第三部分 情况说明',
        ].join('\n');
        const { tables, paragraphs } = segmentText(text);
        assert.equal(tables.length, 2);
        const [three, fund] = tables;
        assert.equal(three?.unit, '万元');
        assert.equal(three?.rows.length, 3);
        assert.deepEqual(three?.notes.map((n) => n.text), ['说明：', '1.“2024 年预算数”的单位范围包括部门本级及所属 16 个预算单位。']);
        assert.equal(fund?.emptyStatement?.text, '说明：本部门无政府性基金预算拨款支出。');
        assert.equal(fund?.emptyStatement?.source.line, 20);
        assert.deepEqual(paragraphs.map((p) => p.text), ['第三部分 情况说明']);
    });
    it('takes “本表本年无发生额” under an empty table for its empty statement (广州 fagai-2026 p.22)', () => {
        const text = [
            '政府性基金预算支出情况表',
            '单位：万元',
            '科目编码\t科目名称\t小计',
            '\t合计\t0.00',
            '注：本表本年无发生额。',
        ].join('\n');
        const [fund] = segmentText(text).tables;
        assert.equal(fund?.emptyStatement?.text, '注：本表本年无发生额。');
    });
    it('continues a table whose title repeats on the next page, but splits per-project tables', () => {
        const text = [
            '整体支出绩效目标申报表',
            '部门基本信息\t部门名称\t甲',
            '(2024)年度',
            '整体支出绩效目标申报表',
            '年度绩效指标\t产出指标\t数量指标',
            '项目支出绩效目标表',
            '项目名称\t\t项目甲',
            '项目支出绩效目标表',
            '项目名称\t\t项目乙',
        ].join('\n');
        const { tables } = segmentText(text);
        assert.deepEqual(tables.map((t) => [t.title, t.rows.length, t.repeatedTitleLines.length]), [
            ['整体支出绩效目标申报表', 2, 1],
            ['项目支出绩效目标表', 1, 0],
            ['项目支出绩效目标表', 1, 0],
        ]);
    });
    it('a table number printed above each page’s title (表03, 湖州) does not end the table', () => {
        const text = [
            '表03',
            '2026年市级部门支出预算总表',
            '科目编码\t科目名称\t总计',
            '201\t一般公共服务支出\t0.64',
            '表03',
            '2026年市级部门支出预算总表',
            '科目编码\t科目名称\t总计',
            '21011\t行政事业单位医疗\t1488.12',
        ].join('\n');
        const { tables, paragraphs } = segmentText(text);
        assert.deepEqual(tables.map((t) => [t.title, t.rows.length, t.repeatedTitleLines.length]), [['2026年市级部门支出预算总表', 4, 1]]);
        // Only the number above the first title, where no table is open yet, stays text.
        assert.deepEqual(paragraphs.map((p) => p.line), [1]);
    });
    it('one untitled row of text is a line laid out with gaps, not a table (重庆 联系人 line)', () => {
        const { tables, paragraphs } = segmentText(['部门预算公开联系人:游频捷\t联系方式:023-89116146', '第一部分 概况'].join('\n'));
        assert.deepEqual(tables, []);
        assert.deepEqual(paragraphs.map((p) => p.text), ['部门预算公开联系人:游频捷 联系方式:023-89116146', '第一部分 概况']);
    });
    it('keeps the department line printed above the header (部门：… beside 单位：万元, 苏州)', () => {
        const text = [
            '公开10 表',
            '政府性基金预算支出表',
            '部门：苏州市审计局\t\t单位：万元',
            '科目编码\t科目名称\t本年政府性基金预算支出',
            '\t合计\t',
        ].join('\n');
        const { tables } = segmentText(text);
        assert.deepEqual(tables[0]?.preamble.map((p) => p.text), ['部门：苏州市审计局']);
        assert.equal(tables[0]?.unit, '万元');
        assert.equal(tables[0]?.rows[0]?.cells[0]?.text, '科目编码');
        // A unit's budget names the unit the same way: 单位：苏州市科学技术局.
        const unit = segmentText(text.replace('部门：苏州市审计局', '单位：苏州市科学技术局'));
        assert.equal(unit.tables[0]?.rows[0]?.cells[0]?.text, '科目编码');
    });
    it('reads the columns of a sheet printed past the page edge as header, under its repeated title (上海市数据局 收入预算总表)', () => {
        const at = (page, x0, x1) => ({ page, box: [x0, 100, x1, 120] });
        const para = (line, text, page) => ({ type: 'para', text, line, at: at(page, 0, 200) });
        const row = (line, texts, page, x0, x1) => ({
            type: 'row',
            line,
            lines: 1,
            cells: texts.map((text, col) => ({ text, col })),
            at: at(page, x0, x1),
        });
        const blocks = [
            para(1, '2026年预算单位收入预算总表', 8),
            row(2, ['功能分类科目名称', '合计', '财政拨款收入'], 8, 95, 745),
            row(3, ['一般公共服务支出', '100', '100'], 8, 95, 745),
            para(4, '2026年预算单位收入预算总表', 10),
            para(5, '单位:元', 10),
            para(6, '收入预算', 10),
            row(7, ['其他收入'], 10, 379, 461),
            para(8, '2026年预算单位支出预算总表', 12),
            row(9, ['功能分类科目名称', '合计'], 12, 55, 785),
        ];
        const { tables, paragraphs } = segment(blocks, 'x.pdf');
        assert.deepEqual(tables.map((t) => [t.title, t.rows.map((r) => r.line)]), [
            ['2026年预算单位收入预算总表', [2, 3]],
            ['2026年预算单位支出预算总表', [9]],
        ]);
        assert.deepEqual(tables[0]?.preamble.map((p) => p.text), ['单位:元', '收入预算', '其他收入']);
        assert.deepEqual(paragraphs, []);
    });
    describe('a sheet wider than the page, its other columns on the next page', () => {
        const at = (page) => ({ page, box: [60, 100, 780, 120] });
        /** Dense rows, as a PDF grid gives them: a merged cell at its first column, the columns it covers blank. */
        const row = (line, texts, page) => {
            const cells = texts.map((t, col) => (typeof t === 'string' ? { text: t, col } : { text: t[0], col, span: t[1] }));
            return { type: 'row', line, lines: 1, cells, at: at(page) };
        };
        it('joins the strip on the right of the rows above (北京 水务局 预算02表 收入总表, pages 3 and 4)', () => {
            const blocks = [
                { type: 'para', text: '预算02表 收入总表', line: 1, at: at(3) },
                row(2, ['合计', ['本年收入', 3], '', ''], 3),
                row(3, ['', '小计', '一般公共预算资金', '事业收入'], 3),
                row(4, ['1,048,475.725671', '992,619.176095', '870,741.793967', '51,785.567247'], 3),
                { type: 'para', text: '金额单位：万元', line: 5, at: at(4) },
                row(6, ['', ['上年结转结余', 2], ''], 4),
                row(7, ['其他收入', '小计', '单位资金'], 4),
                row(8, ['2,934.108891', '55,856.549576', '29,570.781087'], 4),
            ];
            const [table] = segment(blocks, 'x.pdf').tables;
            assert.deepEqual(table?.rows.map((r) => r.cells.map((c) => `${c.col}${(c.span ?? 1) > 1 ? `+${c.span}` : ''}:${c.text}`)), [
                ['0:合计', '1+4:本年收入', '2:', '3:', '5+2:上年结转结余', '6:'],
                ['0:', '1:小计', '2:一般公共预算资金', '3:事业收入', '4:其他收入', '5:小计', '6:单位资金'],
                [
                    '0:1,048,475.725671',
                    '1:992,619.176095',
                    '2:870,741.793967',
                    '3:51,785.567247',
                    '4:2,934.108891',
                    '5:55,856.549576',
                    '6:29,570.781087',
                ],
            ]);
        });
        it('keeps a table continued downwards as rows, repeated header or not', () => {
            const blocks = [
                { type: 'para', text: '一般公共预算支出表', line: 1, at: at(3) },
                row(2, ['科目名称', '合计'], 3),
                row(3, ['教育支出', '10.00'], 3),
                row(4, ['科目名称', '合计'], 4),
                row(5, ['卫生健康支出', '20.00'], 4),
                row(6, ['住房保障支出', '5.00'], 5),
                row(7, ['合计', '35.00'], 5),
            ];
            const [table] = segment(blocks, 'x.pdf').tables;
            assert.deepEqual(table?.rows.map((r) => r.line), [2, 3, 4, 5, 6, 7]);
        });
        it('keeps rows named by codes alone as rows when the next page, as long, prints other codes under another header', () => {
            const blocks = [
                { type: 'para', text: '一般公共预算支出表', line: 1, at: at(3) },
                row(2, ['科目编码', '合计'], 3),
                row(3, ['2013601', '10.00'], 3),
                row(4, ['科目编码', '金额'], 4),
                row(5, ['2013602', '20.00'], 4),
            ];
            const [table] = segment(blocks, 'x.pdf').tables;
            assert.deepEqual(table?.rows.map((r) => r.cells.length), [2, 2, 2, 2]);
        });
    });
});
//# sourceMappingURL=segment.test.js.map