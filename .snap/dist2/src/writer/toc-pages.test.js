import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headingPagesOf, withTocPages } from './toc-pages.js';
const para = (page, text) => ({ type: 'para', text, line: 0, at: { page } });
const toc = {
    type: 'toc',
    title: '目录',
    entries: [
        { level: 1, text: '第一部分 部门概况' },
        { level: 2, text: '一、主要职能' },
        { level: 1, text: '第二部分 部门预算表' },
        { level: 2, text: '一、收支总表' },
        { level: 2, text: '二、收入总表' },
    ],
};
describe('the 目录 page numbers', () => {
    it('finds each heading after the 目录, a table by its title alone, entries joined on one line as the PDF reads them', () => {
        // As our PDF reader gives a written disclosure (seed 003 through LibreOffice): the 目录's lines joined
        // into paragraphs, the page number in the footer, a table's heading without the 目录's numbering.
        const blocks = [
            para(1, '阳泉市商务局2024年单位预算'),
            para(2, '目录'),
            para(2, '第一部分 部门概况 一、主要职能'),
            para(2, '第二部分 部门预算表 一、收支总表 二、收入总表'),
            para(3, '第一部分 部门概况'),
            para(3, '一、主要职能'),
            para(3, '负责全市收支总表的编制。'),
            para(4, '第二部分 部门预算表'),
            para(4, '收支总表'),
            para(5, '收入总表'),
        ];
        assert.deepEqual(headingPagesOf(blocks, toc), [3, 3, 4, 4, 5]);
    });
    it('does not take the 目录 line for the heading, and gives up when a heading is not found', () => {
        const blocks = [
            para(2, '目录'),
            para(2, '第一部分 部门概况 一、主要职能 第二部分 部门预算表 一、收支总表 二、收入总表'),
            para(3, '第一部分 部门概况'),
        ];
        assert.equal(headingPagesOf(blocks, toc), null);
    });
    it('writes the pages into the 目录 entries', () => {
        const doc = withTocPages({ title: 't', blocks: [toc], missing: [] }, [3, 3, 4, 4, 5]);
        const block = doc.blocks[0];
        assert.ok(block?.type === 'toc');
        assert.deepEqual(block.entries.map((e) => e.page), [3, 3, 4, 4, 5]);
    });
});
//# sourceMappingURL=toc-pages.test.js.map