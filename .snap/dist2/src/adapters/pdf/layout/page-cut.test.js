/**
 * A ruled table cut by page breaks, as 北京's 项目支出绩效目标表 prints over many pages: a project's
 * name, amount and 绩效目标 cells are merged over its indicator rows and run on from the page before
 * and onto the next, so the page has their vertical rules but no rule at their top or bottom.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../settings.js';
import { h, piece, v } from './geometry.test-helper.js';
import { layoutPage } from './page.js';
import { pageCuts } from './page-cut.js';
/**
 * Columns 项目名称 (60–160) and 绩效目标 (160–260) run through the page; the indicator columns
 * (260–460) have rows of their own, ruled at 100, 150, 200 and 250 only between y 100 and 250.
 */
const CUT_PAGE = [
    v(60, 100, 250),
    v(160, 100, 250),
    v(260, 100, 250),
    v(360, 100, 250),
    v(460, 100, 250),
    h(150, 260, 460),
    h(200, 260, 460),
];
describe('tables cut by a page break', () => {
    it('finds the cut at the top and the bottom, where the vertical rules end open', () => {
        const cuts = pageCuts(CUT_PAGE, DEFAULT_SETTINGS);
        assert.deepEqual(cuts.map((c) => [c.side, c.y, c.x0, c.x1]), [
            ['top', 100, 60, 460],
            ['bottom', 250, 60, 460],
        ]);
    });
    it('finds no cut in a table with its borders, nor under a header group whose rules pass through', () => {
        const closed = [...CUT_PAGE, h(100, 60, 460), h(250, 60, 460)];
        assert.deepEqual(pageCuts(closed, DEFAULT_SETTINGS), []);
        // 合计 | 本年收入 (小计, 一般公共预算, 其他) | 上年结转: the rules under 本年收入 start at 120, the others pass.
        const header = [
            h(100, 0, 500),
            h(140, 0, 500),
            h(120, 100, 400),
            v(0, 100, 140),
            v(100, 100, 140),
            v(200, 120, 140),
            v(300, 120, 140),
            v(400, 100, 140),
            v(500, 100, 140),
        ];
        assert.deepEqual(pageCuts(header, DEFAULT_SETTINGS), []);
    });
    it('reads the cut cells as cells, marks them cut, and drops the text running past the cut', () => {
        const content = {
            page: 19,
            width: 842,
            height: 595,
            edges: CUT_PAGE,
            pieces: [
                piece('25-决算管理工作服务', 62, 170, 90),
                piece('指导各区和各部', 162, 96), // the rest of the 绩效目标 text of the page before, above the cut
                piece('门的实际编报工作', 162, 120),
                piece('产出指标', 262, 130),
                piece('培训班次', 362, 130),
                piece('成本指标', 262, 180),
            ],
        };
        const layout = layoutPage(content, DEFAULT_SETTINGS);
        assert.equal(layout.tables.length, 1);
        assert.deepEqual(layout.lines, []);
        const [first] = layout.tables[0]?.rows ?? [];
        assert.deepEqual(first?.cells.map((c) => [c.text, c.rowSpan, c.cutTop ?? false, c.cutBottom ?? false]), [
            ['25-决算管理工作服务', 3, true, true],
            ['门的实际编报工作', 3, true, true],
            ['产出指标', 1, true, false],
            ['培训班次', 1, true, false],
        ]);
    });
});
//# sourceMappingURL=page-cut.test.js.map