/**
 * The row a claim or finding names. 上海市普陀区社会福利院's 2024 unit budget (samples) prints its
 * 三公 table across the page (p.15: 合计 6.4, 因公出国(境)费 0, 公务接待费 0, 公务用车购置及运行费 6.4,
 * 购置费 blank, 运行费 6.4), read as one row per item, all from the line of that printed row, which
 * ends in the 机关运行经费 0 of another table; its 情况说明 checks 因公出国(境)费 0.00 万元 against the
 * cell of 因公出国(境)费, not of 合计. The page's words are pdftotext -bbox's of p.15.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Origin, Report, Row, Table } from './api.js';
import { cellTarget, locateCell, type TextBox } from './cell-box.js';
import { rowId, rowOf, tableIndexOf } from './table-rows.js';

const file = 'shanghai-putuo-welfare-home-2024-unit-budget.pdf';
const line175: Origin = { file, page: 15, box: [54, 259.1, 763, 328.4], line: 175 };
const item = (label: string, total?: string): Row => ({
  code: null,
  name: label,
  label,
  level: null,
  is_total: label === '合计',
  values: total === undefined ? {} : { total },
  source: line175,
});
const threePublic: Table = {
  kind: 'three_public',
  title: '单位“三公”经费和机关运行经费预算表',
  unit: '万元',
  source: { file, page: 15, line: 170 },
  columns: [{ key: 'total', label: '2024年“三公”经费预算数', type: 'amount' }],
  rows: [
    item('合计', '6.4'),
    item('因公出国(境)费', '0'),
    item('公务接待费', '0'),
    item('公务用车购置及运行费', '6.4'),
    item('购置费'),
    item('运行费', '6.4'),
  ],
};
const agencyOperating: Table = {
  ...threePublic,
  kind: 'agency_operating',
  columns: [{ key: 'total', label: '2024年机关运行经费预算数', type: 'amount' }],
  rows: [item('机关运行经费', '0')],
};
const report = { tables: [threePublic, agencyOperating], findings: [] } as unknown as Report;
const printed = (text: string, x0: number, x1: number): TextBox => ({ text, box: [x0, 288.5, x1, 300.5] });
const page15 = [
  printed('6.4', 136.2, 154.2),
  printed('0', 249.5, 255.5),
  printed('0', 350.75, 356.75),
  printed('6.4', 440.05, 458.05),
  printed('6.4', 642.6, 660.6),
  printed('0', 755.9, 761.9),
];

describe('the row a claim names, among the rows read from one printed line', () => {
  it('is the row of its name, not the first of the line', () => {
    const ref = { table: 'three_public', cell: line175, column: 'total', row: '因公出国(境)费' };
    assert.equal(rowOf(report, ref)?.row.label, '因公出国(境)费');
    assert.equal(rowOf(report, { ...ref, row: '运行费' })?.row.label, '运行费');
    // Each its own id in the tables as read, where following the claim focuses it.
    const ids = threePublic.rows.map((r) => rowId(0, threePublic, r));
    assert.equal(new Set(ids).size, threePublic.rows.length);
    // Its cell on the page is the 0 printed for 因公出国(境)费: the second of the line's six amounts
    // (购置费 is blank; the last is 机关运行经费's).
    const target = cellTarget(report, ref);
    assert.deepEqual(target, { figure: '0', nth: 1, of: 6 });
    assert.equal(target && locateCell(line175.box as [number, number, number, number], page15, target)?.box[0], 249.5);
    const running = cellTarget(report, { ...ref, row: '运行费' });
    assert.deepEqual(running, { figure: '6.4', nth: 4, of: 6 });
    assert.equal(running && locateCell(line175.box as [number, number, number, number], page15, running)?.box[0], 642.6);
  });

  it('is the line’s first row when the name is not given or not found there', () => {
    const ref = { table: 'three_public', cell: line175, column: 'total' };
    assert.equal(rowOf(report, ref)?.row.label, '合计');
    assert.equal(rowOf(report, { ...ref, row: '会议费' })?.row.label, '合计');
    assert.equal(rowOf(report, { ...ref, table: 'income_summary' }), null);
    assert.equal(tableIndexOf(report, { rule: 'narrative-amount', severity: 'error', message: '', ...ref }), 0);
  });
});

describe('the row a finding names, in a document of two files', () => {
  // 北京's 情况说明 prints a 收支总表 too: both files have one, each numbering its own lines.
  const narrativeFile = 'xinfang-2026-sm.pdf';
  const tablesFile = 'xinfang-2026-bb.pdf';
  const summary = (inFile: string, total: string): Table => ({
    kind: 'income_expenditure_summary',
    title: '收支总表',
    unit: '万元',
    source: { file: inFile, page: 2, line: 40 },
    columns: [{ key: 'total', label: '合计', type: 'amount' }],
    rows: [
      {
        code: null,
        name: '合计',
        label: '合计',
        level: null,
        is_total: true,
        values: { total },
        source: { file: inFile, page: 2, line: 41 },
      },
    ],
  });
  const two = { tables: [summary(narrativeFile, '1.00'), summary(tablesFile, '2.00')], findings: [] } as unknown as Report;

  it('is on the file its origin names, not the same line of the other file', () => {
    const ref = { table: 'income_expenditure_summary', cell: { file: tablesFile, page: 2, line: 41 }, column: 'total' };
    assert.equal(rowOf(two, ref)?.index, 1);
    assert.equal(rowOf(two, { ...ref, cell: { ...ref.cell, file: narrativeFile } })?.index, 0);
    assert.equal(rowOf(two, { ...ref, cell: { ...ref.cell, file: 'other.pdf' } }), null);
    const heading = { rule: 'x', severity: 'info' as const, message: '', table: 'income_expenditure_summary' };
    assert.equal(tableIndexOf(two, { ...heading, source: { file: tablesFile, line: 40 } }), 1);
  });
});
