import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBlocks } from '../adapters/text/read-text.js';
import { segment } from './segment.js';

function segmentText(text: string) {
  return segment(readBlocks(text).blocks, 'x.txt');
}

describe('segmenting a dump into tables', () => {
  it('needs a grid under a title: table-of-contents lines are not tables', () => {
    const { tables, paragraphs } = segmentText('目 录\n- 一、收支预算总表\n- 二、收入预算总表\n第一部分 概况\n');
    assert.equal(tables.length, 0);
    assert.equal(paragraphs.length, 4);
  });
  it('keeps the unit, a table continued after a page break, notes and the empty statement', () => {
    const text = [
      '一般公共预算“三公”经费支出预算表',
      '',
      '单位：万元',
      '',
      '项 目\t2024 年预算数',
      '合 计\t848.66',
      '',
      '5',
      '',
      '1、因公出国（境）费用\t647.00',
      '',
      '说明：',
      '',
      '1.“2024 年预算数”的单位范围包括部门本级及所属 16 个预算单位。',
      '',
      '政府性基金预算支出预算表',
      '单位：万元\t\t',
      '功能分类科目名称\t合计',
      '合计\t',
      '说明：本部门无政府性基金预算拨款支出。',
      '第三部分 情况说明',
    ].join('\n');
    const { tables, paragraphs } = segmentText(text);
    assert.equal(tables.length, 2);
    const [three, fund] = tables;
    assert.equal(three?.unit, '万元');
    assert.equal(three?.rows.length, 3);
    assert.deepEqual(
      three?.notes.map((n) => n.text),
      ['说明：', '1.“2024 年预算数”的单位范围包括部门本级及所属 16 个预算单位。'],
    );
    assert.equal(fund?.emptyStatement?.text, '说明：本部门无政府性基金预算拨款支出。');
    assert.equal(fund?.emptyStatement?.source.line, 20);
    assert.deepEqual(
      paragraphs.map((p) => p.text),
      ['第三部分 情况说明'],
    );
  });
  it('takes “本表本年无发生额” under an empty table for its empty statement (广州 fagai-2026 p.22)', () => {
    const text = [
      '政府性基金预算支出情况表',
      '单位：万元',
      '科目编码\t科目名称\t小计',
      '\t合计\t0.00',
      '注：本表本年无发生额。',
    ].join('\n');
    const [fund] = segmentText(text).tables;
    assert.equal(fund?.emptyStatement?.text, '注：本表本年无发生额。');
  });
  it('continues a table whose title repeats on the next page, but splits per-project tables', () => {
    const text = [
      '整体支出绩效目标申报表',
      '部门基本信息\t部门名称\t甲',
      '(2024)年度',
      '整体支出绩效目标申报表',
      '年度绩效指标\t产出指标\t数量指标',
      '项目支出绩效目标表',
      '项目名称\t\t项目甲',
      '项目支出绩效目标表',
      '项目名称\t\t项目乙',
    ].join('\n');
    const { tables } = segmentText(text);
    assert.deepEqual(
      tables.map((t) => [t.title, t.rows.length, t.repeatedTitleLines.length]),
      [
        ['整体支出绩效目标申报表', 2, 1],
        ['项目支出绩效目标表', 1, 0],
        ['项目支出绩效目标表', 1, 0],
      ],
    );
  });
});
