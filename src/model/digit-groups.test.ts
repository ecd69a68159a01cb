/**
 * Digits grouped as the documents print them: the welfare home's 2024 unit budget (上海市普陀区社会福利院,
 * 元) prints 9,501,164 and 12,121,164; 北京's 报表 prints 万元 to six decimals (5,363.757625). The one
 * copy the written tables and the web page both use.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupDigits } from './digit-groups.js';

describe('digits grouped by three', () => {
  it('groups the whole part by three, as the documents print it', () => {
    assert.equal(groupDigits('9501164'), '9,501,164');
    assert.equal(groupDigits('12121164'), '12,121,164');
    assert.equal(groupDigits('5363.757625'), '5,363.757625');
    assert.equal(groupDigits('-1234.50'), '-1,234.50');
    assert.equal(groupDigits('848.66'), '848.66');
    assert.equal(groupDigits('0.00'), '0.00');
  });

  it('leaves text that is not an amount as it is', () => {
    assert.equal(groupDigits('>=50万元'), '>=50万元');
    assert.equal(groupDigits('12.5%'), '12.5%');
    assert.equal(groupDigits(''), '');
  });
});
