/**
 * A 政府采购 table listed by 采购类别 (北京's 预算10表, as 北京市财政局 2026 prints it: A-货物, C-服务, 合计)
 * written with 北京's 报表 and read back from the HTML the writer writes and from the text a copy of the
 * written tables gives (each row a line, its cells separated by tabs): the same rows and amounts in
 * both, and procurement-sum checks it in both (a 合计 that does not tie is found).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { regionalSeed, writtenProjection } from '../../tests/writer-projection.js';
import { checkDocument } from '../check.js';
import type { BudgetDocument, Table } from '../model/types.js';
import { readText } from '../reader.js';
import { composeFiles } from './compose.js';
import type { TableGrid, WrittenDocument } from './layout.js';
import { type WriterProfile, writerProfile } from './profiles.js';
import { writeDisclosure } from './write.js';

/** 北京市财政局 2026 报表, 预算10表, as a tab-separated dump prints it. */
const PROCUREMENT = [
  '北京市财政局2026年部门预算',
  '预算10表 政府采购预算明细表',
  '金额单位：万元',
  '采购类别\t金额',
  'A-货物\t716.974000',
  'C-服务\t12,231.513100',
  '合 计\t12,948.487100',
];

/** Each grid row as a line of tab-separated cells, a merged cell in its first column and blanks in the others. */
function gridLines(grid: TableGrid): string[] {
  const covered: number[] = Array.from({ length: grid.width }, () => 0);
  return [...grid.header, ...grid.body].map((cells) => {
    const line: string[] = [];
    let next = 0;
    for (let col = 0; col < grid.width; col++) {
      if ((covered[col] ?? 0) > 0) {
        covered[col] = (covered[col] ?? 0) - 1;
        line.push('');
        continue;
      }
      const cell = cells[next++];
      if (!cell) break;
      line.push(cell.text, ...Array.from({ length: (cell.colSpan ?? 1) - 1 }, () => ''));
      for (let c = col; c < col + (cell.colSpan ?? 1); c++) covered[c] = (cell.rowSpan ?? 1) - 1;
      col += (cell.colSpan ?? 1) - 1;
    }
    return line.join('\t');
  });
}

/** The written document as text: its title, headings and paragraphs as lines, its tables as tab-separated rows. */
function asText(written: WrittenDocument): string {
  return [
    written.title,
    ...written.blocks.flatMap((b) => {
      if (b.type === 'table') return gridLines(b.grid);
      if (b.type === 'heading' || b.type === 'paragraph' || b.type === 'title' || b.type === 'subtitle') return [b.text];
      return [];
    }),
  ].join('\n');
}

const procurementOf = (doc: BudgetDocument) => doc.tables.find((t) => t.kind === 'procurement') as Table;
const rowsOf = (table: Table) => table.rows.map((r) => [r.name.replace(/\s+/g, ''), r.values.total?.scaled]);
const procurementFindings = (doc: BudgetDocument) =>
  checkDocument(doc)
    .findings.filter((f) => f.rule === 'procurement-sum')
    .map((f) => `${f.severity} ${f.expected} ${f.actual}`);

describe('a 政府采购 table by 采购类别, written and read back as HTML and as text', () => {
  const profile = writerProfile('beijing-budget') as WriterProfile;
  const given = procurementOf(readText(PROCUREMENT.join('\n'), 'procurement.txt'));
  const seed = readText(readFileSync(regionalSeed(profile), 'utf8'), '001.txt');
  // 001's 项目支出预算表 (its 合计 4833.08 over rows of 4822.88, the seed's own error) is not one 北京 prints.
  const document: BudgetDocument = {
    ...seed,
    tables: [...seed.tables.filter((t) => t.kind !== 'project_expenditure'), given],
  };
  const expected = [
    ['A-货物', 716974000n],
    ['C-服务', 12231513100n],
    ['合计', 12948487100n],
  ];

  it('the text dump reads by 采购类别: its rows named, 合计 the sum (北京市财政局 预算10表)', () => {
    assert.deepEqual(rowsOf(given), expected);
    assert.deepEqual(procurementFindings({ ...seed, tables: [given] }), []);
  });

  it('HTML: the same rows and amounts, and the 报表 reads back whole with no error', async () => {
    const result = await writeDisclosure({ document, texts: {} }, profile, 'html', { tocPages: false });
    assert.deepEqual(rowsOf(procurementOf(result.readBack)), expected);
    assert.deepEqual(
      result.errors.map((f) => `${f.rule}: ${f.message}`),
      [],
    );
  });

  it('text: every table of the written 报表 reads back with the same rows and amounts; a 合计 that does not tie is found', () => {
    const [, tables] = composeFiles({ document, texts: {} }, profile);
    const text = asText((tables as { written: WrittenDocument }).written);
    const read = readText(text, '报表.txt');
    assert.deepEqual(rowsOf(procurementOf(read)), expected);
    assert.deepEqual(procurementFindings(read), []);
    assert.deepEqual(writtenProjection(read, profile.money.tables), writtenProjection(document, profile.money.tables));
    const untied = readText(text.replace(/^(合\s*计\t)12,948\.487100$/m, '$112,948.497100'), '报表.txt');
    assert.deepEqual(procurementFindings(untied), ['error 12948.487100 12948.497100']);
  });
});
