import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docxBlocks } from './adapter.js';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const tc = (text, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
describe('DOCX adapter', () => {
    it('turns gridSpan and vMerge into column and row spans', () => {
        const xml = `<w:document ${W}><w:body>
      <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一般公共预算支出表</w:t></w:r></w:p>
      <w:tbl>
        <w:tr>${tc('项目', '<w:vMerge w:val="restart"/>')}${tc('支出', '<w:gridSpan w:val="2"/>')}</w:tr>
        <w:tr>${tc('', '<w:vMerge/>')}${tc('基本支出')}${tc('项目支出')}</w:tr>
        <w:tr>${tc('合计')}${tc('10.00')}${tc('5.00')}</w:tr>
      </w:tbl>
      <w:p><w:r><w:t xml:space="preserve">注：</w:t></w:r><w:del><w:r><w:delText>删去的</w:delText></w:r></w:del><w:r><w:t>无</w:t></w:r></w:p>
    </w:body></w:document>`;
        const blocks = docxBlocks(xml);
        assert.deepEqual(blocks.map((b) => (b.type === 'para' ? `${b.heading ?? ''}${b.text}` : b.cells.map((c) => c.text).join('|'))), ['1一般公共预算支出表', '项目|支出|', '|基本支出|项目支出', '合计|10.00|5.00', '注:无']);
        const head = blocks[1];
        assert.equal(head.cells[0]?.rowSpan, 2);
        assert.equal(head.cells[1]?.span, 2);
        assert.equal(blocks[3].cells[2]?.at?.cell, 'table1!R3C3');
    });
});
//# sourceMappingURL=adapter.test.js.map