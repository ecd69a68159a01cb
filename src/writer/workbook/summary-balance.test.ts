/**
 * The national 决算's two 总表 print 年初结转和结余 under 本年收入合计 and 年末结转和结余 under 本年支出合计
 * (收入支出决算总表 also 使用非财政拨款结余 | 结余分配; 财政拨款收入支出决算总表 年初 | 年末财政拨款结转和结余:
 * samples/shanghai-final-account-template-2024.pdf, 普陀 规划和自然资源局 2024 决算 p.3: 本年收入合计 9746.50 +
 * 年初结转和结余 112.88 = 本年支出合计 9759.38 + 年末结转和结余 100.00). The unfilled template has those rows;
 * filled, they are read back and written back, and a 总表 that does not balance is refused at its cell.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writtenProjection } from '../../../tests/writer-projection.js';
import { type Cell, type Sheet, workbookBytes } from '../../export/workbook.js';
import type { BudgetDocument } from '../../model/types.js';
import { type WriterProfile, writerProfile } from '../profiles.js';
import { writeDisclosure } from '../write.js';
import { templateProfile } from './layouts.js';
import { inspectWorkbook } from './read.js';
import { templateSheets } from './template.js';

const profile = templateProfile('national-final-account');
const SUMMARY = '收入支出决算总表';
const FISCAL = '财政拨款收入支出决算总表';
const n = (number: string): Cell => ({ number, decimals: 2 });

/** The row of a sheet whose first (income) label is `label`. */
const rowOf = (sheet: Sheet, label: RegExp) =>
  sheet.rows.find((r) => label.test((r[0] as { text?: string } | null)?.text ?? '')) as Cell[];

/**
 * Both 总表 filled: 财政拨款 100.00 + 年初 12.00 = 一般公共服务支出 95.00 + 年末 `closing`; the 总计 rows
 * given (112.00 each) or left blank.
 */
function filled(closing: string, grandTotals: boolean): string {
  assert.ok(profile);
  const sheets = templateSheets(profile, { year: 2024, department: '测试局' });
  const sheet = (name: string) => sheets.find((s) => s.name === name) as Sheet;
  const summary = sheet(SUMMARY);
  rowOf(summary, /财政拨款$/).splice(1, 3, n('100.00'), { text: '一般公共服务支出' }, n('95.00'));
  rowOf(summary, /^本年收入合计$/).splice(1, 3, n('100.00'), { text: '本年支出合计' }, n('95.00'));
  rowOf(summary, /^年初结转和结余$/).splice(1, 3, n('12.00'), { text: '年末结转和结余' }, n(closing));
  if (grandTotals) rowOf(summary, /^收入总计$/).splice(1, 3, n('112.00'), { text: '支出总计' }, n('112.00'));
  const fiscal = sheet(FISCAL);
  const spent = (amount: string) => [n(amount), n(amount), null, null];
  rowOf(fiscal, /一般公共预算$/).splice(1, 6, n('100.00'), { text: '一般公共服务支出' }, ...spent('95.00'));
  rowOf(fiscal, /^本年收入合计$/).splice(1, 6, n('100.00'), { text: '本年支出合计' }, ...spent('95.00'));
  rowOf(fiscal, /^年初财政拨款结转和结余$/).splice(1, 6, n('12.00'), { text: '年末财政拨款结转和结余' }, ...spent(closing));
  if (grandTotals) rowOf(fiscal, /^收入总计$/).splice(1, 6, n('112.00'), { text: '支出总计' }, ...spent('112.00'));
  const path = join(mkdtempSync(join(tmpdir(), 'budgetlens-summary-balance-')), 'filled.xlsx');
  writeFileSync(path, workbookBytes(sheets));
  return path;
}

const figureOf = (doc: BudgetDocument, kind: string, side: string, name: RegExp) =>
  doc.tables.find((t) => t.kind === kind)?.rows.find((r) => r.side === side && name.test(r.name))?.values.total?.raw;

describe('national final account: the 总表s’ 年初结转和结余 and 年末结转和结余 rows', () => {
  it('the unfilled template prints them between 本年合计 and 总计, as the 决算 does', async () => {
    assert.ok(profile);
    const sheets = templateSheets(profile, { year: 2024, department: '测试局' });
    const labels = (name: string) =>
      (sheets.find((s) => s.name === name) as Sheet).rows
        .map((r) => [r[0], r[2]].map((c) => (c as { text?: string } | null)?.text ?? '').join('|'))
        .filter((l) => /结转|结余|合计|总计/.test(l));
    assert.deepEqual(labels(SUMMARY), [
      '本年收入合计|本年支出合计',
      '使用非财政拨款结余|结余分配',
      '年初结转和结余|年末结转和结余',
      '收入总计|支出总计',
    ]);
    assert.deepEqual(labels(FISCAL), [
      '本年收入合计|本年支出合计',
      '年初财政拨款结转和结余|年末财政拨款结转和结余',
      '收入总计|支出总计',
    ]);
  });

  it('filled, they are read back on their side, and written and read back the same', async () => {
    const { input, refusals } = await inspectWorkbook(filled('17.00', true));
    assert.deepEqual(
      refusals.filter((r) => r.reason !== 'unfilled').map((r) => r.zh),
      [],
    );
    assert.deepEqual(
      refusals.map((r) => r.table).filter((t) => t === 'income_expenditure_summary' || t === 'fiscal_appropriation_summary'),
      [],
    );
    for (const kind of ['income_expenditure_summary', 'fiscal_appropriation_summary']) {
      assert.equal(figureOf(input.document, kind, 'income', /^年初(?:财政拨款)?结转和结余$/), '12.00', kind);
      assert.equal(figureOf(input.document, kind, 'expenditure', /^年末(?:财政拨款)?结转和结余$/), '17.00', kind);
    }
    const writer = writerProfile('national-final-account') as WriterProfile;
    for (const format of ['html', 'docx'] as const) {
      // The 目录's page numbers (LibreOffice) are toc-pages' test; here the tables' round trip is.
      const result = await writeDisclosure(input, writer, format, { tocPages: false });
      const projection = (doc: BudgetDocument) => {
        const all = writtenProjection(doc, writer.money.tables);
        return [all.income_expenditure_summary, all.fiscal_appropriation_summary];
      };
      assert.deepEqual(projection(result.readBack), projection(input.document), format);
    }
  });

  it('a 总表 that does not balance is refused at its 年末 cell, with or without its 总计 rows', async () => {
    // 100.00 + 12.00 ≠ 95.00 + 15.00. Blank 总计 rows are refused by the balance rule (each should be its
    // side's sum); that the two sides differ, and where, only this balance says.
    const blank = (await inspectWorkbook(filled('15.00', false))).refusals.filter((r) => /不平衡/.test(r.zh));
    assert.deepEqual(
      blank.map((r) => `${r.sheet}!${r.cell}`),
      [`${SUMMARY}!D14`, `${FISCAL}!D11`],
    );
    assert.match(
      blank[0]?.zh ?? '',
      /本年收入合计 100\.00 \+ 年初结转和结余 12\.00 = 112\.00.*本年支出合计 95\.00 \+ 年末结转和结余 15\.00 = 110\.00/,
    );
    assert.match(blank[0]?.en ?? '', /do not balance/);
    // With its 总计 rows the balance rule ties each side to its 总计: refused as well.
    const tied = (await inspectWorkbook(filled('15.00', true))).refusals.filter((r) => r.reason === 'sum');
    assert.ok(tied.some((r) => r.sheet === SUMMARY) && tied.some((r) => r.sheet === FISCAL), JSON.stringify(tied));
  });
});
