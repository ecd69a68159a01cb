import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GridRow } from '../adapters/blocks.js';
import { buildLayout, regroupByMeaning, splitHeader } from './header.js';
import { gridRow } from './testing.js';

const row = gridRow;

describe('column-number rows', () => {
  it('a one-column table numbers its columns `** 1` (杭州 表9, empty 国有资本经营预算支出预算表)', () => {
    const rows = [row(1, ['功能分类科目名称', '项目支出']), row(2, ['**', '1']), row(3, ['合计', ''])];
    const { headerRows, numberRows, dataRows } = splitHeader(rows, 'grid');
    assert.deepEqual(
      [headerRows.map((r) => r.line), numberRows.map((r) => r.line), dataRows.map((r) => r.line)],
      [[1], [2], [3]],
    );
  });
  it('a lone number under a name is data, not a column number', () => {
    const rows = [row(1, ['项目', '金额']), row(2, ['其他', '1'])];
    assert.deepEqual(splitHeader(rows, 'grid').numberRows, []);
  });
});

describe('header rows of an explicit grid', () => {
  it('a grid without amounts (a list of units) has one header row unless merged cells say more', () => {
    const rows = [
      row(1, ['单位名称', '单位性质', '单位规格', '经费保障形式']),
      row(2, ['某某局本级', '行政', '正科级', '财政拨款']),
      row(3, ['某某中心', '事业', '正科级', '财政性资金基本保证']),
    ];
    const { headerRows, dataRows } = splitHeader(rows, 'grid');
    assert.deepEqual(
      headerRows.map((r) => r.line),
      [1],
    );
    assert.deepEqual(
      dataRows.map((r) => r.line),
      [2, 3],
    );
  });
  it('without amounts, rows under a group cell or reached by a merged cell are header', () => {
    const rows = [
      row(1, [{ text: '单位名称', rowSpan: 2 }, { text: '基本情况', span: 2 }, '']),
      row(2, ['', '单位性质', '单位规格']),
      row(3, ['某某局本级', '行政', '正科级']),
    ];
    assert.deepEqual(
      splitHeader(rows, 'grid').headerRows.map((r) => r.line),
      [1, 2],
    );
    const grouped = [
      row(1, ['', { text: '基本情况', span: 2 }, '']),
      row(2, ['单位名称', '单位性质', '单位规格']),
      rows[2] as GridRow,
    ];
    assert.deepEqual(
      splitHeader(grouped, 'grid').headerRows.map((r) => r.line),
      [1, 2],
    );
  });
  it('without amounts, cells merged alike over wide sheet columns are no group', () => {
    const rows = [
      row(1, [{ text: '单位名称', span: 3 }, '', '', { text: '单位性质', span: 2 }, '']),
      row(2, [{ text: '某某局本级', span: 3 }, '', '', { text: '行政', span: 2 }, '']),
    ];
    assert.deepEqual(
      splitHeader(rows, 'grid').headerRows.map((r) => r.line),
      [1],
    );
  });
  it('an empty table’s 合计 ruled into the last header row: the cells under a group are header', () => {
    // Shanghai 决算 政府性基金 table, as the PDF rules it.
    const rows = [
      row(1, [
        { text: '项目', span: 2 },
        '',
        { text: '年初结转和结余', rowSpan: 2 },
        { text: '本年收入', rowSpan: 2 },
        { text: '本年支出', span: 3, rowSpan: 2 },
        '',
        '',
        { text: '年末结转和结余', rowSpan: 2 },
      ]),
      row(2, ['功能分类科目编码', '科目名称', '', '', '', '', '', '']),
      row(3, [{ text: '合计', span: 2 }, '', '', '', '合计', '基本支出', '项目支出', '']),
    ];
    const { headerRows, dataRows } = splitHeader(rows, 'grid');
    assert.deepEqual(
      headerRows.map((r) => r.cells.filter((c) => c.text !== '').map((c) => c.text)),
      [
        ['项目', '年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
        ['功能分类科目编码', '科目名称'],
        ['合计', '基本支出', '项目支出'],
      ],
    );
    assert.deepEqual(
      dataRows.map((r) => r.cells.map((c) => c.text)),
      [['合计']],
    );
    const keys = buildLayout(rows, 'grid').columns.map((c) => c.key);
    assert.ok(
      ['total', 'basic', 'project'].every((k) => keys.includes(k)),
      keys.join(','),
    );
  });
  it('a column the vocabulary does not know holds text when its cells are words (苏州 政府采购支出表)', () => {
    const rows = [
      row(1, ['采购品目大类', '专项名称', '采购组织形式', '单价', '总计']),
      row(2, ['合计', '', '', '', '188.50']),
      row(3, ['货物', '', '', '', '5.50']),
      row(4, ['', '设备购置', '集中采购', '', '4.20']),
      row(5, ['', '物业管理费', '分散采购', '', '13.00']),
    ];
    const { columns } = buildLayout(rows, 'grid');
    assert.deepEqual(
      columns.map((c) => c.type),
      ['text', 'text', 'text', 'amount', 'amount'],
    );
  });
  it('with amounts, the rows above the first amount are header', () => {
    const rows = [
      row(1, ['项目', '合计', '基本支出']),
      row(2, ['', '人员经费', '公用经费']),
      row(3, ['行政运行', '10.00', '8.00']),
    ];
    assert.deepEqual(
      splitHeader(rows, 'grid').headerRows.map((r) => r.line),
      [1, 2],
    );
  });
  it('a side’s only amount column is its total, 本年预算 included (长沙 收支总体情况表)', () => {
    const rows = [
      row(1, [{ text: '收入', span: 2 }, '', { text: '支出', span: 2 }, '']),
      row(2, ['项目', '本年预算', '项目', '本年预算']),
      row(3, ['一、本级财政拨款收入', '1,935.36', '一、基本支出', '1,517.95']),
    ];
    assert.deepEqual(
      buildLayout(rows, 'grid').columns.map((c) => `${c.side} ${c.key}`),
      ['income label', 'income total', 'expenditure label', 'expenditure total'],
    );
  });
  it('a one-column table’s amount named by words no rule knows is its total (苏州 审计局 机关运行经费支出预算表)', () => {
    const rows = [
      row(1, ['科目编码', '科目名称', '机关运行经费支出']),
      row(2, ['', '合计', '395.60']),
      row(3, ['302', '商品和服务支出', '395.60']),
      row(4, ['30201', '办公费', '29.00']),
    ];
    const columns = buildLayout(rows, 'grid').columns;
    assert.deepEqual(
      columns.map((c) => `${c.key} ${c.because?.rule}`),
      ['code label', 'label label', 'total whole'],
    );
  });
  it('two amount columns no rule knows keep their own keys', () => {
    const rows = [row(1, ['项目', '机关运行经费支出', '会议费']), row(2, ['合计', '395.60', '10.00'])];
    const keys = buildLayout(rows, 'grid').columns.map((c) => c.key);
    assert.equal(keys.includes('total'), false);
  });
  it('本年预算 beside 编制预算 and 上年结转 is the year’s total (长春 收支总表)', () => {
    const rows = [
      row(1, ['项目', '本年预算', '编制预算', '上年结转']),
      row(2, ['一、财政拨款收入', '1682.76', '1682.76', '0.00']),
    ];
    assert.deepEqual(
      buildLayout(rows, 'grid').columns.map((c) => c.key),
      ['label', 'total', 'current_year', 'carryover'],
    );
  });
});

describe('column keys of a header naming two years', () => {
  it('the earlier year beside this one (重庆 政府办公厅 一般公共预算支出情况表) is prior_year, not the 合计', () => {
    const rows = [
      row(1, [
        { text: '科目编码', rowSpan: 3 },
        { text: '科目名称', rowSpan: 3 },
        { text: '2025年预算数', rowSpan: 3 },
        { text: '2026年预算数', span: 5 },
        '',
        '',
        '',
        '',
      ]),
      row(2, ['', '', '', { text: '总计', rowSpan: 2 }, { text: '基本支出', span: 3 }, '', '', { text: '项目支出', rowSpan: 2 }]),
      row(3, ['', '', '', '', '小计', '人员经费', '公用经费', '']),
      row(4, ['', '合计', '15,635.80', '18,417.70', '9,018.47', '7,180.92', '1,837.55', '9,399.23']),
    ];
    assert.deepEqual(
      buildLayout(rows, 'grid').columns.map((c) => c.key),
      ['code', 'label', 'prior_year', 'total', 'basic', 'personnel', 'public_use', 'project'],
    );
  });
});

/** Rows as a tab-separated dump prints them: one cell per tab position. */
const tsv = (...lines: string[]): GridRow[] =>
  lines.map((text, i) => ({ type: 'row', cells: text.split('\t').map((t, col) => ({ text: t, col })), line: i + 1, lines: 1 }));

const pathsByKey = (rows: GridRow[]) =>
  buildLayout(rows, 'tsv')
    .columns.filter((c) => c.type === 'amount')
    .map((c) => `${c.index} ${c.key} ${c.path.join('/')}`);

describe('header paths of tab-separated dumps', () => {
  it('puts a column printed under a group that cannot hold it back under its own group (Jilin 收入预算总表)', () => {
    // Seed 000 line 196–199: 上年结转结余 two columns left (over 附属单位上缴收入), 其他收入 one
    // column right (under 财政拨款结转), 非财政拨款结转结余 over 国有资本经营预算拨款结转.
    const rows = tsv(
      '部门（单位）名称\t总计\t本年预算\t\t\t\t\t\t\t\t上年结转结余\t\t\t\t\t\t',
      '\t\t合计\t财政拨款收入\t\t\t财政专户管理资金收入\t单位资金收入\t\t\t\t合计\t财政拨款结转\t\t\t非财政拨款结转结余\t',
      '\t\t\t一般公共预算收入\t政府性基金预算收入\t国有资本经营预算收入\t\t事业收入\t事业单位经营收入\t上级补助收入\t附属单位上缴收入\t\t其他收入\t一般公共预算拨款结转\t政府性基金预算拨款结转\t国有资本经营预算拨款结转\t财政专户管理资金结转结余',
      '合计\t22198.36\t19999.37\t19495.83\t\t273.00\t\t\t\t\t230.54\t2198.99\t2198.99\t\t\t\t',
    );
    assert.deepEqual(pathsByKey(rows).slice(8), [
      '9 superior_subsidy 本年预算/单位资金收入/上级补助收入',
      '10 subordinate_remit 本年预算/单位资金收入/附属单位上缴收入',
      '11 other_income 本年预算/单位资金收入/其他收入',
      '12 carryover 上年结转结余/合计',
      '13 carryover_general_budget 上年结转结余/财政拨款结转/一般公共预算拨款结转',
      '14 carryover_gov_fund 上年结转结余/财政拨款结转/政府性基金预算拨款结转',
      '15 carryover_state_capital 上年结转结余/财政拨款结转/国有资本经营预算拨款结转',
      '16 carryover_fiscal_special_account 上年结转结余/非财政拨款结转结余/财政专户管理资金结转结余',
    ]);
  });

  it('leaves a header whose groups hold their columns as printed', () => {
    const rows = tsv(
      '项目\t本年收入\t\t上年结转\t',
      '\t财政拨款收入\t其他收入\t一般公共预算\t单位资金结转结余',
      '合计\t1.00\t2.00\t3.00\t4.00',
    );
    assert.deepEqual(pathsByKey(rows), [
      '1 fiscal_appropriation 本年收入/财政拨款收入',
      '2 other_income 本年收入/其他收入',
      // A bare fund name says nothing of its year: under 上年结转 it is that fund's carry-over.
      '3 carryover_general_budget 上年结转/一般公共预算',
      '4 carryover_unit_funds 上年结转/单位资金结转结余',
    ]);
  });

  it('takes 采购类别 over the rows of a 政府采购 table as its header (北京市财政局 预算10表)', () => {
    const rows = tsv('采购类别\t金额', 'A-货物\t716.974000', 'C-服务\t12,231.513100', '合 计\t12,948.487100');
    const layout = buildLayout(rows, 'tsv');
    assert.deepEqual(
      [layout.headerRows.map((r) => r.line), layout.columns.map((c) => `${c.index} ${c.type} ${c.key}`)],
      [[1], ['0 text label', '1 amount total']],
    );
  });

  it('keeps a misplaced column as printed when no group near it can hold it', () => {
    const rows = tsv('项目\t本年收入\t上年结转结余\t', '\t\t合计\t其他收入', '合计\t1.00\t2.00\t3.00');
    assert.deepEqual(pathsByKey(rows), [
      '1 current_year 本年收入',
      '2 carryover 上年结转结余/合计',
      '3 other_income 上年结转结余/其他收入',
    ]);
  });
});

describe('regrouping columns by meaning', () => {
  it('moves a column to the nearest group of its kind, on either side', () => {
    const C = '上年结转结余';
    const Y = '本年预算';
    const cases: Array<[printed: string[][], read: string[][]]> = [
      [
        [
          [C, '财政拨款结转', '一般公共预算拨款结转'],
          [C, '非财政拨款结转结余', '国有资本经营预算拨款结转'],
          [C, '非财政拨款结转结余', '财政专户管理资金结转结余'],
        ],
        [
          [C, '财政拨款结转', '一般公共预算拨款结转'],
          [C, '财政拨款结转', '国有资本经营预算拨款结转'],
          [C, '非财政拨款结转结余', '财政专户管理资金结转结余'],
        ],
      ],
      [
        [
          [Y, '财政拨款收入', '其他收入'],
          [Y, '财政拨款收入', '一般公共预算收入'],
          [Y, '单位资金收入', '事业收入'],
        ],
        [
          [Y, '财政拨款收入', '一般公共预算收入'],
          [Y, '单位资金收入', '其他收入'],
          [Y, '单位资金收入', '事业收入'],
        ],
      ],
    ];
    for (const [printed, read] of cases) assert.deepEqual(regroupByMeaning(printed), read);
  });
  it('never moves text columns or columns outside the income vocabulary', () => {
    const paths = [['项目'], ['基本支出', '人员经费'], ['上年结转', '项目支出']];
    assert.deepEqual(regroupByMeaning(paths), paths);
  });
});
