import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAmount } from '../model/amount.js';
import { compareAcrossUnits, compareSum, inWan, roundTo, sumPrinted } from './arithmetic.js';
const a = (text) => parseAmount(text);
describe('amounts across units', () => {
    it('rounds 元 to 万元 half away from zero at the precision asked', () => {
        assert.equal(inWan(a('6,964,796'), '元', 2).raw, '696.48');
        assert.equal(inWan(a('171,915,169'), '元', 0).raw, '17192');
        assert.equal(inWan(a('-13,550'), '元', 2).raw, '-1.36');
        assert.equal(inWan(a('12.50'), '万元', 2).raw, '12.50');
    });
    it('rounds a 万元 figure printed more finely', () => {
        assert.equal(roundTo(a('449.90'), 1).raw, '449.9');
        assert.equal(roundTo(a('0.05'), 1).raw, '0.1');
        assert.equal(roundTo(a('7'), 2).raw, '7.00');
    });
    it('compares a 元 cell with a 万元 one at the 万元 precision', () => {
        assert.equal(compareAcrossUnits({ amount: a('1.35'), unit: '万元' }, { amount: a('13,500'), unit: '元' }).equal, true);
        const off = compareAcrossUnits({ amount: a('738.66'), unit: '万元' }, { amount: a('6,964,796'), unit: '元' });
        assert.equal(off.equal, false);
        assert.equal(off.expected, '696.48');
        assert.equal(off.difference, '42.18');
    });
});
describe('figures printed at different precisions', () => {
    it('a 2-decimal narrative figure of a 6-decimal table figure is equal when it rounds it (北京 报表 万元 to 6 places)', () => {
        const cmp = compareAcrossUnits({ amount: a('9151.31'), unit: '万元' }, { amount: a('9,151.309668'), unit: '万元' });
        assert.equal(cmp.equal, true);
        assert.equal(cmp.expected, '9151.31');
        const off = compareAcrossUnits({ amount: a('9151.32'), unit: '万元' }, { amount: a('9,151.309668'), unit: '万元' });
        assert.deepEqual([off.equal, off.rounding, off.difference], [false, true, '0.01']);
    });
    it('sums 6-decimal parts exactly and compares them at 6 decimals', () => {
        const cmp = compareSum(a('2,074.253418'), [a('1,885.929652'), a('188.323766')]);
        assert.equal(cmp.equal, true);
        const off = compareSum(a('2,074.253418'), [a('1,885.929652'), a('165.783766')]);
        assert.deepEqual([off.equal, off.rounding, off.expected, off.difference], [false, false, '2051.713418', '22.540000']);
    });
    it('a total printed more coarsely than every part is compared at its own precision', () => {
        assert.equal(compareSum(a('44169.36'), [a('28,016.258321'), a('16,153.099211')]).equal, true);
        assert.equal(compareSum(a('44169.37'), [a('28,016.258321'), a('16,153.099211')]).rounding, true);
    });
    it('a printed zero is exact, however it is printed: it does not coarsen the comparison', () => {
        const cmp = compareSum(a('0'), [a('0.4')]);
        assert.deepEqual([cmp.equal, cmp.rounding], [false, false]);
        assert.equal(compareSum(a('12.34'), [a('12.34'), a('0')]).equal, true);
    });
    it('adds printed amounts exactly at the finest precision', () => {
        assert.equal(sumPrinted([a('8.754697'), a('0.1'), undefined])?.raw, '8.854697');
        assert.equal(sumPrinted([undefined]), undefined);
    });
});
//# sourceMappingURL=arithmetic.test.js.map