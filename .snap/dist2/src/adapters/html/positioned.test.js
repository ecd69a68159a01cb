/**
 * A PDF converted to a web page of positioned boxes, as the 烟台 city portal publishes
 * 2026年烟台市退役军人事务局部门预算: `div.page` boxes in pt, `div.p` text runs, `div.r` rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHtml } from './adapter.js';
const text = (top, left, t) => `<div class="p" style="top:${top}pt;left:${left}pt;line-height:8.47pt;font-size:8.48pt;width:auto;position:absolute;">${t}</div>`;
const hline = (top, left, width) => `<div class="r" style="position:absolute;left:${left}pt;top:${top}pt;width:${width}pt;height:0.0pt;border-bottom:0.5pt solid #000000;"> </div>`;
const vline = (left, top, height) => `<div class="r" style="position:absolute;left:${left}pt;top:${top}pt;width:0.0pt;height:${height}pt;border-right:0.5pt solid #000000;"> </div>`;
const PAGE = `<html><head><title>2026年烟台市退役军人事务局部门预算</title></head><body><div class="nav"><a href="/">首页</a></div>
<div class="page" style="width:842.0pt;height:595.0pt;overflow:hidden;position:relative;">
${text(60, 380, '收支总体情况表')}${text(80, 760, '单位：万元')}
${hline(100, 20, 400)}${hline(120, 20, 400)}${hline(140, 20, 400)}${hline(160, 20, 400)}
${vline(20, 100, 60)}${vline(220, 100, 60)}${vline(420, 100, 60)}
${text(106, 30, '项目')}${text(106, 230, '预算数')}
${text(126, 30, '一般公共预算拨款收入')}${text(126, 230, '28,467.65')}
${text(146, 30, '收入总计')}${text(146, 230, '28,467.65')}
</div></body></html>`;
describe('a PDF converted to positioned boxes', () => {
    it('reads its pages as PDF pages: lines by position, tables by their rules', () => {
        const { blocks } = readHtml(PAGE);
        const shown = blocks.map((b) => (b.type === 'para' ? b.text : b.cells.map((c) => c.text).join('|')));
        assert.deepEqual(shown, [
            '收支总体情况表',
            '单位:万元',
            '项目|预算数',
            '一般公共预算拨款收入|28,467.65',
            '收入总计|28,467.65',
        ]);
        assert.deepEqual(blocks[3].at?.page, 1);
    });
    it('reads an ordinary page as before', () => {
        const { blocks } = readHtml('<html><body><p style="position:absolute;top:10pt;left:10pt">说明</p></body></html>');
        assert.deepEqual(blocks.map((b) => b.type), ['para']);
    });
});
//# sourceMappingURL=positioned.test.js.map