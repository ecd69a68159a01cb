import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAmount } from '../model/amount.js';
import { readText } from '../reader.js';

const doc = (lines: string[]) => readText(lines.join('\n'), 'x.txt');

describe('recognition of a whole document', () => {
  it('reports a grid it cannot recognise as unknown, with its location, and drops nothing', () => {
    const d = doc(['某某局2024年部门预算', '', '某某情况一览表', '名称\t数量', '甲\t3']);
    assert.equal(d.tables.length, 1);
    assert.equal(d.tables[0]?.kind, 'unknown');
    assert.deepEqual(
      d.tables[0]?.rows.map((r) => r.label),
      ['名称', '甲'],
    );
    assert.deepEqual(
      d.findings.map((f) => [f.rule, f.source?.line]),
      [['reader/unknown-table', 3]],
    );
  });
  it('reads meta, levels by numbering, totals and the unit of each table (元 and 万元 in one document)', () => {
    const d = doc([
      '# 某某局',
      '## 2024年度单位预算公开',
      '2024年预算支出总表',
      '单位：万元',
      '科目编码\t科目名称\t合计\t基本支出\t项目支出',
      '合计\t\t10.50\t8.00\t2.50',
      '201\t一般公共服务支出\t10.50\t8.00\t2.50',
      '20113\t商贸事务\t10.50\t8.00\t2.50',
      '2011301\t行政运行\t8.00\t8.00\t',
      '2011399\t其他商贸事务支出\t2.50\t\t2.50',
      '阳泉市市级预算部门（单位）项目支出绩效目标表',
      '项目名称\t\t某项目',
      '项目资金（元）\t实施期资金总额：\t150,000\t\t年度资金总额：\t130,000',
    ]);
    assert.equal(d.department, '某某局');
    assert.equal(d.year, 2024);
    assert.equal(d.scope, 'unit');
    const [summary, perf] = d.tables;
    assert.equal(summary?.kind, 'expenditure_summary');
    assert.equal(summary?.unit, '万元');
    assert.deepEqual(
      summary?.rows.map((r) => [r.code, r.level, r.isTotal, r.values.total ? formatAmount(r.values.total) : null]),
      [
        [null, null, true, '10.50'],
        ['201', 1, false, '10.50'],
        ['20113', 2, false, '10.50'],
        ['2011301', 3, false, '8.00'],
        ['2011399', 3, false, '2.50'],
      ],
    );
    assert.equal(perf?.kind, 'performance_targets');
    assert.equal(perf?.unit, '元');
    assert.equal(perf?.rows[0]?.values.amount?.scaled, 130000n);
  });
});

describe('table of contents', () => {
  const toc = (lines: string[]) => readText(lines.join('\n'), 'toc.txt').toc.map((e) => e.text);

  it('splits 目录 lines that a PDF joined like running text, by their numbering', () => {
    assert.deepEqual(
      toc([
        '目 录',
        '第一部分 部门概况',
        '七、财政拨款“三公”经费支出决算表',
        '八、政府性基金预算财政拨款收入支出决算表九、国有资本经营预算财政拨款收入支出决算表第三部分 情况说明',
        '十、预算绩效管理情况十一、其他重要事项说明',
        '第一部分 部门概况',
        '一、主要职能',
      ]),
      [
        '第一部分 部门概况',
        '七、财政拨款“三公”经费支出决算表',
        '八、政府性基金预算财政拨款收入支出决算表',
        '九、国有资本经营预算财政拨款收入支出决算表',
        '第三部分 情况说明',
        '十、预算绩效管理情况',
        '十一、其他重要事项说明',
      ],
    );
  });

  it('does not take running text with an ellipsis for a 目录 line', () => {
    const doc = readText(
      [
        '某某局2024年部门决算',
        '一、收入决算情况说明',
        '本年收入合计 XXX 万元，其中：财政拨款收入 XXX 万元……（不涉及的不列）。',
      ].join('\n'),
      'ellipsis.txt',
    );
    assert.deepEqual(doc.toc, []);
  });
  it('reads the narrative from the body, not from the 目录 lines that name its parts', () => {
    const doc = readText(
      [
        '上海市某某单位2024年单位预算',
        '目 录',
        '四、单位预算编制说明',
        '五、单位预算表',
        '六、其他相关情况说明',
        '',
        '',
        '',
        '',
        '2024年单位预算编制说明',
        '2024年单位预算收入 100.00 万元，其中财政拨款收入 100.00 万元，比上年增加 10.00 万元，主要原因是人员增加。',
      ].join('\n'),
      'parts.txt',
    );
    assert.deepEqual(
      doc.narrative.map((s) => [s.heading, s.source.line]),
      [['2024年单位预算编制说明', 10]],
    );
  });
  it('ends the 目录 where its parts start counting again, though the body words its part otherwise (长沙)', () => {
    const doc = readText(
      [
        '长沙市某局2026 年部门预算公开',
        '目录',
        '第一部分2026 年部门预算说明',
        '一、部门基本概况',
        '二、部门收支总体情况',
        '第二部分2026 年部门预算表',
        '1、部门收支总表',
        '第一部分部门预算公开说明',
        '一、部门基本概况',
        '本局内设办公室等五个处室。',
        '二、部门收支总体情况',
        '2026 年本单位收入预算1935.36 万元，比上年增加54.13 万元。',
      ].join('\n'),
      'toc.txt',
    );
    assert.deepEqual(
      doc.toc.map((e) => e.text),
      ['第一部分2026 年部门预算说明', '一、部门基本概况', '二、部门收支总体情况', '第二部分2026 年部门预算表', '1、部门收支总表'],
    );
    assert.deepEqual(
      doc.narrative.map((s) => s.heading),
      ['部门基本概况', '部门收支总体情况'],
    );
  });
});
