import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableBlocks } from './grid.js';
const counter = () => {
    let n = 0;
    return () => ++n;
};
describe('tableBlocks', () => {
    it('places merged cells once at their first column, leaving covered positions empty', () => {
        const blocks = tableBlocks([
            {
                cells: [
                    { text: '项目', rowSpan: 2 },
                    { text: '本年支出', colSpan: 2 },
                ],
            },
            { cells: [{ text: '基本支出' }, { text: '项目支出' }] },
            { cells: [{ text: '合计' }, { text: '10.00' }, { text: '5.00' }] },
        ], counter());
        assert.deepEqual(blocks.map((b) => b.cells.map((c) => `${c.text}${(c.span ?? 1) > 1 ? `/${c.span}` : ''}${(c.rowSpan ?? 1) > 1 ? `^${c.rowSpan}` : ''}`)), [
            ['项目^2', '本年支出/2', ''],
            ['', '基本支出', '项目支出'],
            ['合计', '10.00', '5.00'],
        ]);
        assert.deepEqual(blocks.map((b) => b.line), [1, 2, 3]);
    });
    it('sheet columns no cell starts at (a table merged over shared sheet columns) are no columns', () => {
        const blocks = tableBlocks([
            {
                cells: [
                    { text: '项目', colSpan: 2, col: 0 },
                    { text: '本年收入', colSpan: 6, col: 2 },
                ],
            },
            {
                cells: [
                    { text: '科目名称', colSpan: 2, col: 0 },
                    { text: '合计', colSpan: 3, col: 2 },
                    { text: '一般公共预算', colSpan: 3, col: 5 },
                ],
            },
            {
                cells: [
                    { text: '行政运行', colSpan: 2, col: 0 },
                    { text: '10.00', colSpan: 3, col: 2 },
                    { text: '10.00', colSpan: 3, col: 5 },
                ],
            },
        ], counter());
        assert.deepEqual(blocks.map((b) => b.cells.map((c) => `${c.text}${(c.span ?? 1) > 1 ? `/${c.span}` : ''}`)), [
            ['项目', '本年收入/2', ''],
            ['科目名称', '合计', '一般公共预算'],
            ['行政运行', '10.00', '10.00'],
        ]);
    });
    it('tables one under another on a sheet, between their titles, each keep only their own columns', () => {
        const blocks = tableBlocks([
            { cells: [{ text: '收支预算总表', colSpan: 6, col: 0 }] },
            {
                cells: [
                    { text: '项目', colSpan: 3, col: 0 },
                    { text: '预算数', colSpan: 3, col: 3 },
                ],
            },
            { cells: [{ text: '三公经费表', colSpan: 6, col: 0 }] },
            {
                cells: [
                    { text: '合计', colSpan: 2, col: 0 },
                    { text: '因公出国(境)费', colSpan: 2, col: 2 },
                    { text: '公务接待费', colSpan: 2, col: 4 },
                ],
            },
            {
                cells: [
                    { text: '1.00', colSpan: 2, col: 0 },
                    { text: '0.40', colSpan: 2, col: 2 },
                ],
            },
        ], counter());
        assert.deepEqual(blocks.map((b) => (b.type === 'para' ? b.text : b.cells.map((c) => c.text).join('|'))), ['收支预算总表', '项目|预算数', '三公经费表', '合计|因公出国(境)费|公务接待费', '1.00|0.40|']);
    });
    it('a title or 单位 line across the table is a paragraph; a lone label in a table row is not', () => {
        const blocks = tableBlocks([
            { cells: [{ text: '2024年部门收支预算总表', colSpan: 4 }] },
            { cells: [{ text: '单位：万元', colSpan: 4 }] },
            { cells: [{ text: '项目' }, { text: '合计' }, { text: '基本' }, { text: '项目' }] },
            { cells: [{ text: '外交支出' }] },
        ], counter());
        assert.deepEqual(blocks.map((b) => b.type), ['para', 'para', 'row', 'row']);
    });
    it('rows of lone text cells (a narrative sheet) are paragraphs', () => {
        const blocks = tableBlocks([{ cells: [{ text: '单位职能' }] }, { cells: [{ text: '负责……' }] }], counter());
        assert.deepEqual(blocks.map((b) => b.type), ['para', 'para']);
    });
});
//# sourceMappingURL=grid.test.js.map