import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Paragraph } from '../adapters/blocks.js';
import { chineseNumber, readNarrative, readOverview } from './sections.js';

const paras = (lines: string[]): Paragraph[] => lines.map((text, i) => ({ type: 'para', text, line: i + 1 }));

describe('narrative sections', () => {
  it('reads Chinese numerals', () => {
    assert.deepEqual(['一', '九', '十', '十一', '二十', '二十七', '12'].map(chineseNumber), [1, 9, 10, 11, 20, 27, 12]);
  });
  it('splits 情况说明 into numbered sections and joins paragraphs broken by a page break', () => {
    const sections = readNarrative(
      paras([
        '第三部分 情况说明',
        '一、2024 年收入预算情况',
        '2024 年收入预算 22198.36 万元，其中：一般公共预算拨款结转 2198.99',
        '万元，占 100%。',
        '二、其他重要事项的说明情况',
        '（一）机关运行经费',
        '机关运行经费财政拨款预算 1292.34 万元。',
        '第四部分 名词解释',
        '（一）一般公共预算拨款收入：指……',
      ]),
      'x.txt',
    );
    assert.deepEqual(
      sections.map((s) => [s.number, s.heading, s.parent ?? null, s.source.line]),
      [
        ['一、', '2024 年收入预算情况', null, 2],
        ['二、', '其他重要事项的说明情况', null, 5],
        ['（一）', '机关运行经费', '二、', 6],
      ],
    );
    assert.equal(sections[0]?.text, '2024 年收入预算 22198.36 万元，其中：一般公共预算拨款结转 2198.99万元，占 100%。');
  });
  it('joins back a long heading broken by a page break (苏州: …培训费支出预算情 | 况说明)', () => {
    const sections = readNarrative(
      paras([
        '第三部分 情况说明',
        '九、一般公共预算“三公”经费、会议费、培训费支出预算情',
        '况说明',
        '“三公”经费支出预算 10 万元。',
      ]),
      'x.txt',
    );
    assert.deepEqual(
      sections.map((s) => [s.heading, s.text]),
      [['一般公共预算“三公”经费、会议费、培训费支出预算情况说明', '“三公”经费支出预算 10 万元。']],
    );
  });
  it('starts 情况说明 at a part worded …情况和重要事项说明, printed as 第三部分 above its title (烟台)', () => {
    const sections = readNarrative(
      paras([
        '第三部分 2026年部门预算情况和重要事项说明',
        '第三部分',
        '2026年部门预算情况和重要事项说明',
        '一、预算收支增减变化情况说明',
        '（一）收入预算：2026年收入预算9,069.47万元。',
        '第四部分 名词解释',
      ]),
      'x.txt',
    );
    assert.deepEqual(
      sections.map((s) => [s.number, s.heading, s.source.line]),
      [['一、', '预算收支增减变化情况说明', 4]],
    );
    assert.equal(sections[0]?.text, '（一）收入预算：2026年收入预算9,069.47万元。');
  });
  it('does not take a numbered list item inside a section for a new section', () => {
    const sections = readNarrative(
      paras([
        '情况说明',
        '一、总体情况',
        '（一）分项目标',
        '一、指导全区货物进出口工作。',
        '三、对全区成品油的执法工作',
        '二、机关运行经费',
      ]),
      'x.txt',
    );
    assert.deepEqual(
      sections.map((s) => s.number),
      ['一、', '（一）', '二、'],
    );
  });
  it('reads the 部门概况 part up to the next part, after the 目录 has listed it', () => {
    const sections = readOverview(
      paras([
        '目 录',
        '第一部分 部门概况',
        '第二部分 预算表格',
        '第一部分 部门概况',
        '一、主要职能',
        '负责全省商务工作。',
        '二、机构设置',
        '吉林省某某厅现有预算单位 20 个。',
        '第二部分 预算表格',
        '三、不属于概况的一节',
      ]),
      'x.txt',
    );
    assert.deepEqual(
      sections.map((s) => [s.number, s.heading, s.text, s.source.line]),
      [
        ['一、', '主要职能', '负责全省商务工作。', 5],
        ['二、', '机构设置', '吉林省某某厅现有预算单位 20 个。', 7],
      ],
    );
  });
  it('takes a part heading that names the department for the 部门概况', () => {
    const sections = readOverview(
      paras(['第一部分上海市普陀区规划和自然资源局概况', '一、主要职能', '履行自然资源管理职责。', '第二部分 部门决算表']),
      'x.txt',
    );
    assert.deepEqual(
      sections.map((s) => s.heading),
      ['主要职能'],
    );
  });
  it('keeps a numbered list under a sub-heading as text, even where its numbers continue the top ones', () => {
    const sections = readOverview(
      paras([
        '第一部分 部门概况',
        '一、主要职能',
        '负责全省商务工作。',
        '二、机构设置',
        '（一）内设机构',
        '办公室、财务处。',
        '（二）直属事业单位',
        '1.某某促进中心',
        '2.某某服务中心',
        '3.某某办公室',
        '4.某某学院',
      ]),
      'x.txt',
    );
    assert.deepEqual(
      sections.map((s) => s.number + s.heading),
      ['一、主要职能', '二、机构设置', '（一）内设机构', '（二）直属事业单位'],
    );
  });
  it('reads past a 目录 printed without its title, which lists the headings the body numbers again (北京市气象局 2026)', () => {
    const sections = readNarrative(
      paras([
        '第一部分 2026 年度部门预算情况说明',
        '一、部门情况说明',
        '二、收入预算情况说明',
        '三、名词解释',
        '第二部分 2026 年度部门预算报表',
        '一、收支总表',
        '二、收入总表',
        '一、部门情况说明',
        '北京市气象局属于公益性事业单位。',
        '二、收入预算情况说明',
        '2026 年度收入预算 30775.65 万元。',
        '三、名词解释',
        '基本支出：指为保障机构正常运转的支出。',
      ]),
      'x.txt',
    );
    assert.deepEqual(
      sections.map((s) => [s.number + s.heading, s.text]),
      [
        ['一、部门情况说明', '北京市气象局属于公益性事业单位。'],
        ['二、收入预算情况说明', '2026 年度收入预算 30775.65 万元。'],
      ],
    );
  });
  it('starts at 二、…部门预算安排情况说明 and splits headings the text layer ran on into their text (湖州市财政局 2026, pp. 3–5)', () => {
    const sections = readNarrative(
      paras([
        '二、2026 年部门预算安排情况说明',
        '(二)关于湖州市财政局2026年收入预算情况说明',
        '一、部门概况',
        '二、2026 年湖州市财政局部门预算安排情况说明(一)关于湖州市财政局 2026 年收支预算情况的总体说明',
        '湖州市财政局 2026 年收支总预算6838.41 万元。',
        '(二)关于湖州市财政局 2026 年收入预算情况说明湖州市财政局 2026 年收入预算 6838.41 万元,比上年执行数减少 772.20 万元,下降 10.1%。',
        '(三)收入预算情况说明:收入预算 6838.41 万元。',
        '三、名词解释',
      ]),
      'x.txt',
    );
    assert.deepEqual(
      sections.map((s) => [s.number, s.heading, s.text]),
      [
        ['（一）', '关于湖州市财政局 2026 年收支预算情况的总体说明', '湖州市财政局 2026 年收支总预算6838.41 万元。'],
        [
          '（二）',
          '关于湖州市财政局 2026 年收入预算情况说明',
          // A numbered line that goes on after punctuation is a paragraph of its own words: not split.
          '湖州市财政局 2026 年收入预算 6838.41 万元,比上年执行数减少 772.20 万元,下降 10.1%。\n(三)收入预算情况说明:收入预算 6838.41 万元。',
        ],
      ],
    );
  });
  it('does not take a section about one part of the budget for the start of 情况说明', () => {
    const sections = readNarrative(
      paras(['一、2026年部门预算情况说明', '（一）收入预算', '收入 10 万元。', '（二）2026年收入预算情况说明', '收入 10 万元。']),
      'x.txt',
    );
    assert.deepEqual(
      sections.map((s) => s.number + s.heading),
      ['（一）收入预算', '（二）2026年收入预算情况说明'],
    );
  });
});
