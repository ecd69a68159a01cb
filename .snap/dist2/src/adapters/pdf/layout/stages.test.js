/** The layout stages one by one: edges → intersections → cells → tables → rows with spans. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../settings.js';
import { cellsFrom, intersections } from './cells.js';
import { mergeEdges } from './edges.js';
import { h, piece, v } from './geometry.test-helper.js';
import { groupLines, joinText, lineText } from './lines.js';
import { layoutPage } from './page.js';
import { tablesFrom } from './tables.js';
/** A 3-column table: a header cell merged over the two amount columns, then a data row. */
const GRID = [
    h(100, 0, 300),
    h(120, 100, 300),
    h(140, 0, 300),
    h(160, 0, 300),
    v(0, 100, 160),
    v(100, 100, 160),
    v(200, 120, 160),
    v(300, 100, 160),
];
/** One page of ruling and text through every stage. */
const laid = (edges, pieces) => layoutPage({ page: 1, width: 600, height: 800, edges, pieces }, DEFAULT_SETTINGS);
const texts = (layout) => layout.tables[0]?.rows.map((r) => r.cells.map((c) => c.text));
describe('PDF layout stages', () => {
    it('snaps double rules and joins split segments', () => {
        const merged = mergeEdges([h(100, 0, 50), h(100.8, 51, 120), v(10, 0, 3.2), h(300, 0, 1)], DEFAULT_SETTINGS);
        assert.deepEqual(merged, [{ orientation: 'h', x0: 0, x1: 120, y0: 100.4, y1: 100.4 }, v(10, 0, 3.2)]);
    });
    it('finds intersections, cells and one table with a merged header cell', () => {
        const points = intersections(GRID, DEFAULT_SETTINGS);
        assert.equal(points.length, 14);
        const cells = cellsFrom(GRID, points, DEFAULT_SETTINGS);
        const [table] = tablesFrom(cells, DEFAULT_SETTINGS);
        assert.ok(table);
        assert.deepEqual(table.xs, [0, 100, 200, 300]);
        assert.deepEqual(table.ys, [100, 120, 140, 160]);
        const spans = table.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);
        assert.deepEqual(spans, [
            [0, 0, 2, 1],
            [0, 1, 1, 2],
            [1, 1, 1, 1],
            [1, 2, 1, 1],
            [2, 0, 1, 1],
            [2, 1, 1, 1],
            [2, 2, 1, 1],
        ]);
    });
    it('puts text into its cells and leaves the rest as lines', () => {
        const layout = layoutPage({
            page: 1,
            width: 600,
            height: 800,
            edges: GRID,
            pieces: [
                piece('项目', 10, 115),
                piece('预算数', 120, 112),
                piece('本年', 110, 135),
                piece('上年', 210, 135),
                piece('合计', 10, 155),
                piece('1,633,000', 120, 155),
                piece('12.50', 220, 155),
                piece('注：本表无数据', 10, 200),
            ],
        }, DEFAULT_SETTINGS);
        assert.equal(layout.tables.length, 1);
        const rows = layout.tables[0]?.rows.map((r) => r.cells.map((c) => `${c.text}${c.span > 1 || c.rowSpan > 1 ? `/${c.span}x${c.rowSpan}` : ''}`));
        assert.deepEqual(rows, [
            ['项目/1x2', '预算数/2x1', ''],
            ['', '本年', '上年'],
            ['合计', '1,633,000', '12.50'],
        ]);
        assert.deepEqual(layout.lines.map(lineText), ['注：本表无数据']);
    });
    it('puts text in the table that no closed cell holds into the open run of its row (上海市数据局 收入预算)', () => {
        // The header cell over the two amount columns has no right border (the sheet runs on past the page).
        const open = [...GRID.slice(0, 7), v(300, 120, 160)];
        const layout = layoutPage({
            page: 1,
            width: 600,
            height: 800,
            edges: open,
            pieces: [piece('项目', 10, 115), piece('预算数', 170, 112), piece('本年', 110, 135), piece('上年', 210, 135)],
        }, DEFAULT_SETTINGS);
        const rows = layout.tables[0]?.rows.map((r) => r.cells.map((c) => `${c.text}${c.span > 1 || c.rowSpan > 1 ? `/${c.span}x${c.rowSpan}` : ''}`));
        assert.deepEqual(rows?.[0], ['项目/1x2', '预算数/2x1', '']);
        assert.deepEqual(layout.lines, []);
    });
    it('puts an amount set right in a cell merged over a text and an amount column into the amount column (北京 水务局 预算03表 合计)', () => {
        // 合计 | 科目 | 合计 | 基本支出: the last row merges the 科目 and 合计 cells, the figure right-aligned.
        const grid = [
            h(100, 0, 400),
            h(120, 0, 400),
            h(140, 0, 400),
            v(0, 100, 140),
            v(100, 100, 140),
            v(200, 100, 120),
            v(300, 100, 140),
            v(400, 100, 140),
        ];
        const layout = laid(grid, [
            piece('2130314-防汛', 2, 115, 60),
            piece('30202-印刷费', 102, 115, 60),
            piece('0.760000', 250, 115, 48),
            piece('0.760000', 350, 115, 48),
            piece('合计', 10, 135),
            piece('1,024,807.171785', 196, 135, 102),
            piece('186,874.722488', 310, 135, 88),
        ]);
        const rows = texts(layout);
        assert.deepEqual(rows?.[1], ['合计', '', '1,024,807.171785', '186,874.722488']);
    });
    it('keeps a merged cell holding a name, or an amount not set against its right border, at its first column', () => {
        const grid = [
            h(100, 0, 300),
            h(120, 0, 300),
            h(140, 0, 300),
            h(160, 0, 300),
            v(0, 100, 160),
            v(100, 140, 160),
            v(200, 100, 160),
            v(300, 100, 160),
        ];
        const layout = laid(grid, [
            piece('12.50', 75, 115, 50),
            piece('1', 210, 115),
            piece('一般公共预算', 40, 135),
            piece('2', 210, 135),
            piece('a', 10, 155),
            piece('b', 110, 155),
            piece('c', 210, 155),
        ]);
        const rows = texts(layout);
        assert.deepEqual(rows?.slice(0, 2), [
            ['12.50', '', '1'],
            ['一般公共预算', '', '2'],
        ]);
    });
    it('keeps the last line of a bottom cell drawn across the table’s bottom border in its cell (北京 教育委员会 预算12表 p.79: “…积极” | “作用。”)', () => {
        // The bottom border is at 160: the line's top (156) is inside the cell, its middle (161.5) below it.
        const layout = laid(GRID, [
            piece('项目', 10, 115),
            piece('合计', 10, 145),
            piece('积极', 110, 145),
            piece('作用。', 110, 165),
        ]);
        assert.equal(layout.tables[0]?.rows[2]?.cells[1]?.text, '积极作用。');
        assert.deepEqual(layout.lines, []);
    });
    it('groups pieces on one baseline into a line of chunks, far pieces apart', () => {
        const [line] = groupLines([piece('编制单位：某局', 0, 50), piece('单位：元', 400, 50.5), piece('说明', 70, 50)], DEFAULT_SETTINGS);
        assert.deepEqual(line?.chunks.map((c) => c.text), ['编制单位：某局说明', '单位：元']);
    });
    it('joins Chinese without spaces, other text with one', () => {
        assert.equal(joinText('一般公共', '服务支出'), '一般公共服务支出');
        assert.equal(joinText('Total', '2024'), 'Total 2024');
    });
});
//# sourceMappingURL=stages.test.js.map