/**
 * The amounts the page shows: the welfare home's 2024 unit budget (上海市普陀区社会福利院, 元) prints
 * 9,501,164 and 12,121,164; 北京's 报表 prints 万元 to six decimals (5,363.757625); the comparison
 * side by side of 普陀区 gives 15621.1123, 9970.602 and 262.00 万元 in one column.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignDecimals, statedFigure } from './amount-text.js';

describe('amounts as the page shows them', () => {
  it('pads a column to its most decimals, without rounding', () => {
    assert.deepEqual(alignDecimals(['15621.1123', '9970.602', '262.00', null]), ['15,621.1123', '9,970.6020', '262.0000', null]);
    assert.deepEqual(alignDecimals(['482.71', '53.844', '7.662']), ['482.710', '53.844', '7.662']);
    assert.deepEqual(alignDecimals(['1200', '35']), ['1,200', '35']);
  });
});

describe('a claim’s figure as the narrative states it', () => {
  // The welfare home's 情况说明: "53.84万元…比2023年预算执行数减少1.39%", "6.40万元", "增加0.46万元".
  it('an amount, a change and a sum in 万元; a change stated as a percentage in %, without 万元', () => {
    assert.equal(statedFigure({ stated: '53.84' }), '53.84 万元');
    assert.equal(statedFigure({ stated: '0.46', figure: 'change' }), '0.46 万元');
    assert.equal(statedFigure({ stated: '6.40', figure: 'sum' }), '6.40 万元');
    assert.equal(statedFigure({ stated: '1.39%', figure: 'change' }), '1.39%');
  });

  it('a share in %, a comparison in its words', () => {
    assert.equal(statedFigure({ stated: '12.5', figure: 'share' }), '12.5%');
    assert.equal(statedFigure({ stated: '持平', figure: 'comparison' }), '“持平”');
  });
});
