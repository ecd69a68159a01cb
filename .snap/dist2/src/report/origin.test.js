import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { originLabel } from './origin.js';
describe('originLabel', () => {
    it('names the page, sheet and cell, table cell or line', () => {
        assert.equal(originLabel({ file: 'a.pdf', line: 40, page: 12 }), '第 12 页');
        assert.equal(originLabel({ file: 'a.pdf', line: 40, page: 12 }, 'short'), 'p.12');
        assert.equal(originLabel({ file: 'a.pdf', page: 3, ocr: true }), '第 3 页（OCR）');
        assert.equal(originLabel({ file: 'a.xlsx', line: 9, sheet: '收支总表', cell: 'C7' }, 'short'), '收支总表!C7');
        assert.equal(originLabel({ file: 'a.docx', line: 9, cell: 'table2!R3C4' }), 'table2!R3C4');
        assert.equal(originLabel({ file: 'a.txt', line: 9 }), '第 9 行');
        assert.equal(originLabel({ file: 'a.txt', line: 9 }, 'short'), '9');
        assert.equal(originLabel(undefined), '位置不明');
    });
});
//# sourceMappingURL=origin.test.js.map