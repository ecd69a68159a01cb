import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEmptyStatement, isPreambleText, looksLikeTableTitle, summaryLineKey, threePublicItemOf } from './vocabulary.js';

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
      // 北京's 情况说明: 和 for 及.
      ['公务用车购置和运行维护费', 'vehicle'],
      // 上海 普陀 规划资源局 2024 决算 (情况说明 七): the outturn named with its measure.
      ['因公出国(境)费决算', 'travel'],
      ['因公出国(境)费支出决算', 'travel'],
      ['公务用车购置及运行维护费支出决算', 'vehicle'],
      ['公务接待费支出决算', 'reception'],
      ['公务接待费决算数', 'reception'],
      ['“三公”经费支出决算', 'total'],
      ['“三公”经费预算数', 'total'],
      // Not an item: a reason's noun, another fee.
      ['国内服务费', null],
      ['会议费', null],
      ['公务用车运行成本', null],
      // The measure 年初预算 names a column, not a word of the name; 和 joins no other pair.
      ['公务接待费年初预算', null],
      ['公务用车和运行维护费', null],
      ['三公经费财政拨款支出年初', null],
    ];
    for (const [name, item] of cases) assert.equal(threePublicItemOf(name), item, name);
  });
});

describe('summaryLineKey', () => {
  it('keys a line by its name without 收入, 资金, 拨款, 支出 or 科目', () => {
    assert.equal(summaryLineKey('一般公共预算拨款收入'), summaryLineKey('一般公共预算资金'));
    assert.equal(summaryLineKey('本年事业收入'), summaryLineKey('事业收入资金'));
    // 重庆 prints 其他收入资金 for the 其他收入 line.
    assert.equal(summaryLineKey('其他收入资金'), summaryLineKey('其他收入'));
  });
  it('keys 其他资金 (every source but 财政拨款, 北京) apart from the 其他收入 line', () => {
    assert.equal(summaryLineKey('本年其他资金收入'), '其他资金');
    assert.equal(summaryLineKey('其他资金'), '其他资金');
    assert.notEqual(summaryLineKey('本年其他资金收入'), summaryLineKey('其他收入'));
  });
});
