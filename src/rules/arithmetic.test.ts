import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAmount } from '../model/amount.js';
import type { Amount } from '../model/types.js';
import { compareAcrossUnits, inWan, roundTo } from './arithmetic.js';

const a = (text: string) => parseAmount(text) as Amount;

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
