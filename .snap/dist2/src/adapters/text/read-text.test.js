import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanCell, cleanParagraph } from './markup.js';
import { detectStyle, readBlocks } from './read-text.js';
describe('text reader', () => {
    it('reads tab-separated rows with their column positions and lines', () => {
        const { style, blocks } = readBlocks('支出预算总表\n\n功能分类科目名称\t合计\t基本支出\n行政运行\t\t5116.47\t\n');
        assert.equal(style, 'tsv');
        assert.deepEqual(blocks[0], { type: 'para', text: '支出预算总表', line: 1 });
        const row = blocks[2];
        assert.equal(row?.type, 'row');
        if (row?.type === 'row') {
            assert.equal(row.line, 4);
            assert.deepEqual(row.cells.map((c) => [c.col, c.text]), [
                [0, '行政运行'],
                [1, ''],
                [2, '5116.47'],
            ]);
        }
    });
    it('rebuilds rows from a Word dump (one cell per line, blank line ends a row)', () => {
        const lines = ['部门预算支出总表', ''];
        for (let i = 0; i < 12; i++)
            lines.push('\t序号', '\t科目名称', '\t合计', '');
        lines.push('\t1', '\t行政运行', '\t104.66', '');
        const { style, blocks } = readBlocks(lines.join('\n'));
        assert.equal(style, 'word-cells');
        const last = blocks[blocks.length - 1];
        assert.ok(last?.type === 'row');
        if (last?.type === 'row') {
            assert.deepEqual(last.cells.map((c) => c.text), ['1', '行政运行', '104.66']);
            assert.equal(last.lines, 3);
        }
    });
    it('detects the dump style from the content', () => {
        assert.equal(detectStyle(['a\tb\tc', 'd\te']), 'tsv');
    });
    it('removes markdown, HTML fragments and Word bookmarks', () => {
        assert.deepEqual(cleanParagraph('#### 三、支出预算情况说明'), { text: '三、支出预算情况说明', heading: 4 });
        assert.deepEqual(cleanParagraph(' [bookmark: _Toc_2_2_0000000001]部门预算收支总表'), { text: '部门预算收支总表' });
        assert.equal(cleanCell('<p>目标1：甲</p> <p>目标2：乙</p>'), '目标1：甲 目标2：乙');
        assert.equal(cleanParagraph('<b>第一部分 概况</b> .....').text, '第一部分 概况 .....');
    });
});
//# sourceMappingURL=read-text.test.js.map