import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayedDecimal, formatNumber, roundDecimal } from './number-format.js';
describe('number formats', () => {
    it('shows stored numbers at 15 significant digits, as Excel does', () => {
        assert.equal(displayedDecimal('1234.5600000000002'), '1234.56');
        assert.equal(displayedDecimal('0.30000000000000004'), '0.3');
        assert.equal(displayedDecimal('1.5E-3'), '0.0015');
        assert.equal(displayedDecimal('12345678'), '12345678');
        assert.equal(displayedDecimal('-42.1'), '-42.1');
    });
    it('rounds half up in decimal, not through binary floats', () => {
        assert.equal(roundDecimal('1.005', 2), '1.01');
        assert.equal(roundDecimal('2.675', 2), '2.68');
        assert.equal(roundDecimal('-0.004', 2), '0.00');
        assert.equal(roundDecimal('19.995', 2), '20.00');
        assert.equal(roundDecimal('7', 0), '7');
    });
    it('applies decimals, thousands separators and percent', () => {
        assert.equal(formatNumber('1234567.891', '#,##0.00'), '1,234,567.89');
        assert.equal(formatNumber('1234567.891', '0.00'), '1234567.89');
        assert.equal(formatNumber('-1234.5', '#,##0.00;[Red]-#,##0.00'), '-1,234.50');
        assert.equal(formatNumber('0.1234', '0.0%'), '12.3%');
        assert.equal(formatNumber('3.1', 'General'), '3.1');
        assert.equal(formatNumber('15745.54', '"¥"#,##0.00'), '15,745.54');
    });
});
//# sourceMappingURL=number-format.test.js.map