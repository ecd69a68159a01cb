/**
 * Text cells on the page when their words are printed twice in the row block. The boxes are the
 * page's words as pdf.js gives them for the round-trip PDF of seed 000 (吉林省商务厅 2024, p.21's
 * 财政拨款委托业务费支出预算表: 否 under both 是否政府购买服务 and 是否政府采购), and a 绩效目标表 block
 * laid out as that PDF's p.25 lays its indicators (two indicators' rows under one origin, the same
 * 指标值 one above the other in its column).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Box, locateText, occurrence, type PrintedRow, type TextBox } from './text-cell.js';

const word = (text: string, box: Box): TextBox => ({ text, box });

describe('a text cell printed twice in its row', () => {
  // p.21, the row 电子商务和信息化建设工作经费 (its origin spans the page's width).
  const rowBox: Box = [28.4, 242.3, 813.6, 273.3];
  const row: PrintedRow = {
    code: null,
    label: '电子商务和信息化建设工作经费',
    texts: { content: '用于向第三方专业机构购买电子商务数据服务等支出。', purchase_service: '否', gov_procurement: '否' },
  };
  const page = [
    word('电子商务和信息化建设', [29.9, 243.5, 149.9, 259.1]),
    word('用于向第三方专业机构购买电子商务数据服务等支出。', [153.1, 250.5, 441.1, 266.1]),
    word('25.00', [454.1, 250.6, 481.1, 266.2]),
    word('25.00', [490.9, 250.6, 517.9, 266.2]),
    word('工作经费', [29.9, 257.6, 77.9, 273.2]),
    word('否', [667.4, 250.5, 679.4, 266.1]),
    word('否', [722.8, 250.5, 734.8, 266.1]),
  ];

  it("is told apart by its column's place among the cells printing the same words", () => {
    assert.deepEqual(occurrence([row], row, 'purchase_service'), { nth: 0, of: 2 });
    assert.deepEqual(occurrence([row], row, 'gov_procurement'), { nth: 1, of: 2 });
    assert.deepEqual(occurrence([row], row, 'content'), { nth: 0, of: 1 });
  });

  it('boxes the occurrence in that place, left then right', () => {
    const left = locateText(rowBox, page, '否', occurrence([row], row, 'purchase_service'));
    const right = locateText(rowBox, page, '否', occurrence([row], row, 'gov_procurement'));
    assert.deepEqual(left?.box, [667.4, 250.5, 679.4, 266.1]);
    assert.deepEqual(right?.box, [722.8, 250.5, 734.8, 266.1]);
  });

  it('without its place, or when the page shows it fewer times than the table prints it, finds none (the row is boxed)', () => {
    assert.equal(locateText(rowBox, page, '否'), null);
    const oneShown = page.filter((w) => w.box[0] !== 722.8);
    assert.equal(locateText(rowBox, oneShown, '否', occurrence([row], row, 'gov_procurement')), null);
  });

  it('a label taken from a text cell is one printed cell, not two', () => {
    // A 绩效目标表 indicator's name is its 三级指标 (description): printed once.
    const indicator: PrintedRow = {
      code: null,
      label: '系统正常运行率',
      texts: { indicator_l1: '产出指标', indicator_l2: '质量指标', description: '系统正常运行率', target: '>=98%' },
    };
    assert.deepEqual(occurrence([indicator], indicator, 'description'), { nth: 0, of: 1 });
  });
});

describe('one 指标值 for two indicators of a block', () => {
  // The block's origin spans both indicators' lines; the 指标值 column holds ">=98%" twice, stacked.
  const blockBox: Box = [28.4, 300.0, 813.6, 346.0];
  const first: PrintedRow = {
    code: null,
    label: '系统正常运行率',
    texts: { indicator_l1: '产出指标', indicator_l2: '质量指标', description: '系统正常运行率', target: '>=98%' },
  };
  const second: PrintedRow = {
    code: null,
    label: '数据准确率',
    texts: { indicator_l2: '质量指标', description: '数据准确率', target: '>=98%' },
  };
  const block = [first, second];
  const page = [
    word('产出指标', [120.0, 304.0, 168.0, 319.6]),
    word('质量指标', [230.0, 304.0, 278.0, 319.6]),
    word('系统正常运行率', [330.0, 304.0, 414.0, 319.6]),
    word('>=98%', [560.0, 304.0, 592.0, 319.6]),
    word('质量指标', [230.0, 326.0, 278.0, 341.6]),
    word('数据准确率', [330.0, 326.0, 390.0, 341.6]),
    word('>=98%', [560.0, 326.0, 592.0, 341.6]),
  ];

  it('boxes the upper one for the first indicator and the lower one for the second', () => {
    assert.deepEqual(occurrence(block, second, 'target'), { nth: 1, of: 2 });
    assert.deepEqual(locateText(blockBox, page, '>=98%', occurrence(block, first, 'target'))?.box, [560.0, 304.0, 592.0, 319.6]);
    assert.deepEqual(locateText(blockBox, page, '>=98%', occurrence(block, second, 'target'))?.box, [560.0, 326.0, 592.0, 341.6]);
    // 质量指标 twice too, in the 二级指标 column.
    assert.deepEqual(
      locateText(blockBox, page, '质量指标', occurrence(block, second, 'indicator_l2'))?.box,
      [230.0, 326.0, 278.0, 341.6],
    );
  });
});
