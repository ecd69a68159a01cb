import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAmount } from '../model/amount.js';
import { readText } from '../reader.js';
import { projectOfTitle } from './performance-keyvalue.js';

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
      d.findings.map((f) => [f.rule, f.severity, f.source?.line]),
      [['reader/unknown-table', 'info', 3]],
    );
  });
  it('warns of an unknown table that holds money; one without (a fee schedule, 北京 交通委 情况说明 p.9) is a note', () => {
    const money = doc(['某某局2024年部门预算', '', '某某情况一览表', '名称\t金额', '甲\t1,234.50']);
    assert.deepEqual(
      money.findings.map((f) => [f.rule, f.severity]),
      [['reader/unknown-table', 'warning']],
    );
    const fees = doc([
      '某某局2024年部门预算',
      '',
      '序号\t项目名称\t收费标准',
      '1\t快速路、主干路沥青路面\t342 元/㎡',
      '2\t次干路沥青路面\t312 元/㎡',
    ]);
    assert.deepEqual(
      fees.findings.map((f) => [f.rule, f.severity]),
      [['reader/unknown-table', 'info']],
    );
    assert.ok(fees.findings[0]?.message.includes('表中没有金额'));
    // 珠海 交通工务局's 重点项目 list prints its 万元 as integers, under a column that says so: a
    // project's money beside its 绩效目标 is a 项目支出绩效目标表, not an unknown table.
    const projects = doc([
      '某某局2024年部门预算',
      '',
      '项目\t预算数（单位：万元）\t绩效目标',
      '原水管建设工程\t4237\t年底前完工',
    ]);
    assert.deepEqual(
      projects.tables.map((t) => t.kind),
      ['performance_targets'],
    );
    assert.deepEqual(projects.findings, []);
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

describe('per-unit tables', () => {
  it('the department row aggregates its units once; the same name below it is its own unit (杭州 公安局 收入预算总表)', () => {
    const d = doc([
      '某某局2026年度部门预算',
      '2026年市级部门收入预算总表',
      '单位：万元',
      '单位名称\t总计\t一般公共预算',
      '合计\t30.00\t30.00',
      '某某局\t30.00\t30.00',
      '某某局\t20.00\t20.00',
      '某某中心\t10.00\t10.00',
    ]);
    assert.equal(d.department, '某某局');
    assert.deepEqual(
      d.tables[0]?.rows.map((r) => [r.name, r.isTotal]),
      [
        ['合计', true],
        ['某某局', true],
        ['某某局', false],
        ['某某中心', false],
      ],
    );
  });
});

describe('classification of rows', () => {
  it('classifies by 经济分类 when the title says so, whatever kind the title names (泉州 一般公共预算支出经济分类情况表)', () => {
    const d = doc([
      '某某局2024年部门预算',
      '2024 年度一般公共预算支出经济分类情况表',
      '单位：万元',
      '项目\t预算数',
      '合计\t3.00',
      '工资福利支出\t1.00',
      '基本工资\t1.00',
      '资本性支出\t2.00',
    ]);
    assert.deepEqual(
      d.tables[0]?.rows.map((r) => [r.name, r.code, r.level]),
      [
        ['合计', null, null],
        ['工资福利支出', '301', 1],
        ['基本工资', '30101', 2],
        ['资本性支出', '310', 1],
      ],
    );
  });
});

describe('performance forms', () => {
  it('reads a key-value form that names its project only in its title (泉州: 资金总额：/ 财政拨款：/ 其他资金：)', () => {
    const d = doc([
      '某某局2026年部门预算',
      '办公设备购置项目绩效目标表',
      '专项资金情况（万元）\t资金总额：\t28.50',
      '\t财政拨款：\t28.50',
      '\t其他资金：\t0.00',
      '项目实施期目标\t更新办公设备。',
      '绩效目标指标\t一级指标\t二级指标\t三级指标\t目标值',
      '\t产出指标\t数量指标\t设备完成率\t=100%',
    ]);
    const rows = d.tables[0]?.rows ?? [];
    assert.deepEqual(
      rows.map((r) => [
        r.level,
        r.name,
        r.values.amount ? formatAmount(r.values.amount) : null,
        r.texts.objective ?? r.texts.target,
      ]),
      [
        [1, '办公设备购置项目', '28.50', '更新办公设备。'],
        [2, '设备完成率', null, '=100%'],
      ],
    );
  });
  it('takes no project name from a generic title', () => {
    assert.equal(projectOfTitle('2026年度项目支出绩效目标表'), '');
    assert.equal(projectOfTitle('公务用车购置项目绩效目标表'), '公务用车购置项目');
  });
});

describe('document meta', () => {
  it('reads a title that prints the year before the department (2026 年度苏州市审计局部门预算公开)', () => {
    const d = doc(['2026 年度苏州市审计局部门预算公开', '目 录', '第一部分 部门概况', '三、2026 年度部门主要工作任务及目标']);
    assert.deepEqual(
      [d.title, d.department, d.year, d.scope],
      ['2026年度苏州市审计局部门预算', '苏州市审计局', 2026, 'department'],
    );
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

  it('splits entries numbered （八） that a PDF joined (湖州 退役军人事务局)', () => {
    assert.deepEqual(
      toc([
        '目录',
        '一、部门概况',
        '（六）2026年市级部门一般公共预算基本支出表',
        '（七）2026年市级部门一般公共预算“三公”经费支出表（八）2026年市级部门政府性基金预算支出表',
        '（九）2026年市级部门国有资本经营预算支出表',
        '一、部门概况',
      ]),
      [
        '一、部门概况',
        '（六）2026年市级部门一般公共预算基本支出表',
        '（七）2026年市级部门一般公共预算“三公”经费支出表',
        '（八）2026年市级部门政府性基金预算支出表',
        '（九）2026年市级部门国有资本经营预算支出表',
      ],
    );
  });
  it('ends a 目录 whose entries print their pages (……1) where the body prints its first entry again (泉州)', () => {
    // The PDF joins the numbered entries under 第一部分 into one line; such lines are set aside as 目录
    // lines for their dot leaders, and the body's 第一部分 right after them is where the 目录 ends.
    const doc = readText(
      [
        '泉州市公安局2026年度部门预算',
        '目 录',
        '第一部分 部门概况......................... 1',
        '一、部门主要职责............................. 2二、部门预算单位构成......................... 2',
        '第一部分 部门概况',
        '一、部门主要职责',
        '泉州市公安局的主要职责是：预防、制止和打击违法犯罪活动，做好各项公安保卫工作，维护社会治安秩序，维护社会安定稳定。',
        '二、部门预算单位构成',
        '从预算单位构成看，泉州市公安局包括32 个机关行政科室及7个下属单位。',
      ].join('\n'),
      'toc.txt',
    );
    assert.deepEqual(
      doc.toc.map((e) => e.source.line),
      [3, 4],
    );
    assert.deepEqual(
      doc.overview.map((s) => s.heading),
      ['部门主要职责', '部门预算单位构成'],
    );
  });
  it('splits a 目录 line after each page number, as it does at each number (杭州 公安局)', () => {
    assert.deepEqual(
      toc([
        '杭州市公安局2026 年度部门预算',
        '目录',
        '一、部门概况',
        '二、2026 年杭州市公安局部门预算安排情况说明',
        '（一）收支预算情况的总体说明......................4 （二）收入预算情况说明............................5 （十）其他重要事项的情况说明.....................12三、名词解释',
        '四、2026 年杭州市公安局预算公开表',
        '一、部门概况',
        '（一）主要职能',
        '1.起草公安领域有关地方性法规、规章草案。部署、指挥、监督、检查全市公安工作。',
      ]),
      [
        '一、部门概况',
        '二、2026 年杭州市公安局部门预算安排情况说明',
        '（一）收支预算情况的总体说明',
        '（二）收入预算情况说明',
        '（十）其他重要事项的情况说明',
        '三、名词解释',
        '四、2026 年杭州市公安局预算公开表',
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
