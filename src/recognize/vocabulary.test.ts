import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEmptyStatement, isPreambleText, looksLikeTableTitle, threePublicItemOf } from './vocabulary.js';

describe('table vocabulary', () => {
  it('statements that a table is empty', () => {
    assert.ok(isEmptyStatement('注：本表无数据'));
    assert.ok(isEmptyStatement('备注：本部门没有国有资本经营预算拨款安排的支出，故本表无数据。'));
    // 湖州 prints the department's name where others print 本部门.
    assert.ok(isEmptyStatement('注：湖州市退役军人事务局2026年没有使用政府性基金预算拨款安排的支出。'));
    assert.ok(!isEmptyStatement('注：由于四舍五入因素，部分分项加和与合计可能略有差异。'));
  });
  it('a table number on its own line, a bare unit and the 资金主管部门 line are preamble, not titles', () => {
    for (const text of ['表03', '预算公开表1', '附表2', '万元', '资金主管部门：重庆市气象局']) {
      assert.ok(isPreambleText(text), text);
      assert.ok(!looksLikeTableTitle(text), text);
    }
    assert.ok(!isPreambleText('2026年市级部门支出预算总表'));
  });
});

describe('threePublicItemOf', () => {
  it('names one item however a table or a sentence words it', () => {
    const cases: Array<[string, ReturnType<typeof threePublicItemOf>]> = [
      // 重庆's table prints 公务用车运行费 where its narrative says 公务用车运行维护费.
      ['公务用车运行费', 'running'],
      ['公务用车运行维护费', 'running'],
      ['公务用车运维费', 'running'],
      // 广州: rows end in 支出; 烟台: 公务用车购置经费.
      ['公务用车购置及运行维护支出', 'vehicle'],
      ['公务接待费支出', 'reception'],
      ['因公出国(境)支出', 'travel'],
      ['因公出国（境）费用', 'travel'],
      ['公务用车购置经费', 'purchase'],
      ['公务用车费', 'vehicle'],
      ['“三公”经费', 'total'],
      ['三公经费', 'total'],
      ['“三公”经费合计', 'total'],
      // Not an item: a reason's noun, another fee.
      ['国内服务费', null],
      ['会议费', null],
      ['公务用车运行成本', null],
    ];
    for (const [name, item] of cases) assert.equal(threePublicItemOf(name), item, name);
  });
});
