import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenWidth, textTable } from './text-table.js';
describe('text table', () => {
    it('counts a Chinese character as two cells on screen', () => {
        assert.equal(screenWidth('行政运行'), 8);
        assert.equal(screenWidth('2010101 行政运行'), 16);
        assert.equal(screenWidth('（一）'), 6);
    });
    it('pads columns to their screen width and right-aligns amounts', () => {
        const lines = textTable(['科目', '2024'], [
            ['行政运行', '12.50'],
            ['其他支出', null],
        ], ['left', 'right']);
        assert.deepEqual(lines, ['科目       2024', '行政运行  12.50', '其他支出      —']);
    });
});
//# sourceMappingURL=text-table.test.js.map