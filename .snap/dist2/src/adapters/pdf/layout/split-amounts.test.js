import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crossedBorder, rejoinAmount, rejoinAmountAt } from './split-amounts.js';
describe('amounts cut at a cell border', () => {
    it('a piece whose characters start on both sides of a border ran across it (pdf.js "21" of 244,895.02 | 192,446.79)', () => {
        const borders = [283.5, 340.1, 391.2];
        assert.equal(crossedBorder({ text: '21', x0: 332.3, x1: 350.6 }, borders), 1);
        // One glyph, however wide pdf.js says it is, crosses nothing.
        assert.equal(crossedBorder({ text: '9', x0: 383.3, x1: 392.5 }, borders), -1);
        assert.equal(crossedBorder({ text: '6.40', x0: 300, x1: 320 }, borders), -1);
    });
    it('takes back the digits the next cell holds (重庆 收入总体情况表 合计 rows)', () => {
        assert.deepEqual(rejoinAmount('244,895.0', '2192,446.79'), ['244,895.02', '192,446.79']);
        assert.deepEqual(rejoinAmount('168,441.8', '1154,304.22'), ['168,441.81', '154,304.22']);
        assert.deepEqual(rejoinAmount('12,063.9', '611,476.19'), ['12,063.96', '11,476.19']);
    });
    it('a cut running on over several cells is undone to the right', () => {
        const cells = [{ text: '合计' }, { text: '174,900.6' }, { text: '4101,833.8' }, { text: '441,534.73' }, { text: '' }];
        rejoinAmountAt(cells, 1);
        assert.deepEqual(cells.map((c) => c.text), ['合计', '174,900.64', '101,833.84', '41,534.73', '']);
    });
    it('leaves whole amounts, texts, a cell it would empty and figures that do not fit', () => {
        assert.equal(rejoinAmount('244,895.02', '192,446.79'), null);
        assert.equal(rejoinAmount('行政运行', '6,231.54'), null);
        // 上海 社会福利院 三公 table: 6.4 | 0 are two amounts printed without trailing zeros.
        assert.equal(rejoinAmount('6.4', '0'), null);
        assert.equal(rejoinAmount('12.5', '其他'), null);
        assert.equal(rejoinAmount('12.5', '1234,5'), null);
    });
});
//# sourceMappingURL=split-amounts.test.js.map