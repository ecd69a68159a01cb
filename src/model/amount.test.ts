import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amountEquals, formatAmount, formatScaled, parseAmount, printsNoAmount, sumAmounts } from './amount.js';

describe('parseAmount', () => {
  it('keeps the printed precision exactly', () => {
    assert.deepEqual(parseAmount('16239.54'), { raw: '16239.54', scaled: 1623954n, scale: 2 });
    assert.deepEqual(parseAmount('0.00'), { raw: '0.00', scaled: 0n, scale: 2 });
    assert.deepEqual(parseAmount('7'), { raw: '7', scaled: 7n, scale: 0 });
  });
  it('reads thousands separators, full-width digits and negative forms', () => {
    assert.equal(parseAmount('1,633,000')?.scaled, 1633000n);
    assert.equal(parseAmount('１２.５０')?.scaled, 1250n);
    assert.equal(parseAmount('-12.50')?.scaled, -1250n);
    assert.equal(parseAmount('（12.50）')?.scaled, -1250n);
  });
  it('reads a grouping of the last digits only (上海市职业能力考试院 prints 120258,600 元)', () => {
    assert.equal(parseAmount('120258,600')?.scaled, 120258600n);
    assert.equal(parseAmount('1851,801')?.scaled, 1851801n);
  });
  it('refuses what is not an amount', () => {
    for (const text of ['', '-', '—', '>=90%', '12个', '1,23', '12345,67', '2024年', 'abc'])
      assert.equal(parseAmount(text), null, text);
  });
  it('never goes through floats', () => {
    const a = parseAmount('0.10');
    const b = parseAmount('0.20');
    assert.ok(a && b);
    assert.deepEqual(sumAmounts([a, b]), { scaled: 30n, scale: 2 });
    assert.equal(formatScaled(30n, 2), '0.30');
  });
});

describe('formatting and comparison', () => {
  it('formats at the printed precision', () => {
    assert.equal(formatAmount(parseAmount('1,633,000') as never), '1633000');
    assert.equal(formatScaled(-5n, 2), '-0.05');
  });
  it('compares across precisions', () => {
    assert.ok(amountEquals(parseAmount('7') as never, parseAmount('7.00') as never));
    assert.ok(!amountEquals(parseAmount('7.01') as never, parseAmount('7') as never));
  });
});

describe('printsNoAmount', () => {
  it('takes an empty cell and dashes as no amount, and nothing else', () => {
    for (const text of ['', '-', '—', '——', '–']) assert.equal(printsNoAmount(text), true, text);
    for (const text of ['0', '0.00', '-1.5', '无', '— 1']) assert.equal(printsNoAmount(text), false, text);
  });
});
