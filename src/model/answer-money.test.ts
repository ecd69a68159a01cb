import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAmount } from './amount.js';
import { agreeAtPrintedPrecision, change, money, percentOf, storedAmount } from './answer-money.js';

describe('query money', () => {
  it('reads a stored DECIMAL(20,6) at the decimals printed, in 万元', () => {
    assert.equal(money(storedAmount('1234.500000', 2, '万元')), '1234.50');
    // 北京 prints 万元 to six places: all of them are kept.
    assert.equal(money(storedAmount('26661.064552', 6, '万元')), '26661.064552');
    // 195,774,300 元 is 19,577.43 万元 exactly.
    assert.equal(money(storedAmount('195774300.000000', 0, '元')), '19577.43');
    assert.equal(money(storedAmount('12.340000', 2, '元')), '0.001234');
    assert.equal(storedAmount(null, 2, '万元'), null);
    assert.equal(storedAmount('预算不单列', null, '万元'), null);
  });

  it('reads an engine’s decimal text as a printed amount is read', () => {
    for (const text of ['1234.500000', '-12.000000', '0.000000', '-0.050000', '7', '-3', '195774300.000000', '00012.10'])
      assert.deepEqual(storedAmount(text, 6, '万元'), parseAmount(text), text);
    // Text an engine does not give is still read as printed (separators, full-width digits).
    assert.deepEqual(storedAmount('1,234.50', 2, '万元'), parseAmount('1,234.50'));
    assert.deepEqual(storedAmount('１２.５０', 2, '万元'), parseAmount('１２.５０'));
  });

  it('gives the change and its percentage of the earlier figure, exactly', () => {
    const a = storedAmount('0.540000', 2, '万元');
    const b = storedAmount('0.390000', 2, '万元');
    assert.deepEqual(change(a, b), { amount: '-0.15', percent: '-27.78' });
    assert.deepEqual(change(b, b), { amount: '0.00', percent: '0.00' });
    assert.deepEqual(change(storedAmount('0', 2, '万元'), b), { amount: '0.39', percent: null });
    assert.equal(change(null, b), null);
  });

  it('rounds percentages half away from zero', () => {
    assert.equal(percentOf(1n, 8n), '12.50');
    assert.equal(percentOf(1n, 3n), '33.33');
    assert.equal(percentOf(2n, 3n), '66.67');
    assert.equal(percentOf(-2n, 3n), '-66.67');
    assert.equal(percentOf(1n, 200000n), '0.00');
    assert.equal(percentOf(1n, 20000n), '0.01');
  });

  it('compares at the precision the less precise figure printed', () => {
    const printed = storedAmount('26661.060000', 2, '万元');
    const exact = storedAmount('26661.064552', 6, '万元');
    const other = storedAmount('26661.070000', 2, '万元');
    if (!printed || !exact || !other) return assert.fail('amounts read');
    assert.equal(agreeAtPrintedPrecision(printed, exact), true);
    assert.equal(agreeAtPrintedPrecision(other, exact), false);
  });
});
