import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlBlocks, readHtml } from './adapter.js';
import { decodeHtml } from './decode.js';
describe('HTML adapter', () => {
    it('reads tables with colspan and rowspan, text around them in order, and skips scripts', () => {
        const blocks = htmlBlocks(`<html><head><title>x</title><script>var a = "<table>";</script></head><body>
      <h2>一、收支总表</h2><p>单位：万元</p>
      <table><thead><tr><th rowspan="2">项目</th><th colspan="2">支出</th></tr><tr><th>基本支出</th><th>项目支出</th></tr></thead>
      <tbody><tr><td>合计</td><td>1,234.50</td><td>(12.00)</td></tr></tbody></table><p>注：本表为空表的说明。</p></body></html>`);
        assert.deepEqual(blocks.map((b) => (b.type === 'para' ? b.text : b.cells.map((c) => c.text).join('|'))), ['一、收支总表', '单位:万元', '项目|支出|', '|基本支出|项目支出', '合计|1,234.50|(12.00)', '注:本表为空表的说明。']);
        const row = blocks[2];
        assert.equal(row.cells[0]?.rowSpan, 2);
        assert.equal(row.cells[1]?.span, 2);
        assert.equal(row.cells[1]?.at?.cell, 'table1!R1C2');
    });
    it('keeps the links to files: a page whose tables are a linked attachment names them so', () => {
        // 重庆文明网: the 情况说明 as text, the unit budgets as linked PDFs.
        const { blocks, links } = readHtml(`<html><body><p>中共重庆市委宣传部2026年部门预算情况说明</p>
      <p>附件：<a href="http://images.wenming.cn/W020260302537384806293.pdf">1．中共重庆市委宣传部</a></p>
      <p><a href="/news/index.html">返回首页</a></p></body></html>`);
        assert.deepEqual(links, [
            { text: '1.中共重庆市委宣传部', href: 'http://images.wenming.cn/W020260302537384806293.pdf', line: 2 },
        ]);
        assert.equal(blocks[1]?.type === 'para' && blocks[1].text, '附件:1.中共重庆市委宣传部');
    });
    it('decodes GBK pages by their meta charset or by failing UTF-8', () => {
        const gbk = Buffer.from([0xd4, 0xa4, 0xcb, 0xe3]); // 预算 in GBK
        const page = Buffer.concat([
            Buffer.from('<html><head><meta charset="gb2312"></head><body><p>'),
            gbk,
            Buffer.from('</p></body></html>'),
        ]);
        assert.match(decodeHtml(page), /预算/);
        const undeclared = Buffer.concat([Buffer.from('<html><body><p>'), gbk, Buffer.from('</p></body></html>')]);
        assert.match(decodeHtml(undeclared), /预算/);
    });
});
//# sourceMappingURL=adapter.test.js.map