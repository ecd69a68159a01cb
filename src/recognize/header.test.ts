import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Cell, GridRow } from '../adapters/blocks.js';
import { splitHeader } from './header.js';

const row = (line: number, cells: Array<string | Partial<Cell>>): GridRow => ({
  type: 'row',
  line,
  lines: 1,
  cells: cells.map((c, col) => (typeof c === 'string' ? { text: c, col } : { text: '', col, ...c })),
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
});
