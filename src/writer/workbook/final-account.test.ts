/**
 * The national final account's fund tables (政府性基金预算财政拨款收入支出决算表, 国有资本经营预算…决算表)
 * print 年初结转和结余 | 本年收入 | 本年支出 (合计 | 基本支出 | 项目支出) | 年末结转和结余 (the layout of
 * samples/shanghai-final-account-template-2024.pdf and the 普陀 规划和自然资源局 2024 决算). The template
 * has those columns; filled, it is read back with every figure in its column, and `write` prints them
 * so that the written document reads back the same.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writtenProjection } from '../../../tests/writer-projection.js';
import type { Cell } from '../../export/workbook.js';
import { workbookBytes } from '../../export/workbook.js';
import type { BudgetDocument } from '../../model/types.js';
import { type WriterProfile, writerProfile } from '../profiles.js';
import { writeDisclosure } from '../write.js';
import { type TableLayout, templateProfile } from './layouts.js';
import { inspectWorkbook } from './read.js';
import { templateSheets } from './template.js';

const profile = templateProfile('national-final-account');
const FUND_KINDS = ['gov_fund_expenditure', 'state_capital'] as const;
const KEYS = ['carryover', 'current_year', 'total', 'basic', 'project', 'year_end_balance'];

/** 年初 5.00 + 本年收入 20.00 = 本年支出 18.00 (基本 3.00, 项目 15.00) + 年末 7.00, on each level and the 合计. */
const FIGURES = ['5.00', '20.00', '18.00', '3.00', '15.00', '7.00'];
const ROWS: Array<[string, string]> = [
  ['212', '城乡社区支出'],
  ['21208', '国有土地使用权出让收入安排的支出'],
  ['2120801', '征地和拆迁补偿支出'],
];

async function filledWorkbook(): Promise<string> {
  assert.ok(profile);
  const sheets = templateSheets(profile, { year: 2024, department: '测试局' });
  const gov = profile.tables.findIndex((t) => t.kinds[0] === 'gov_fund_expenditure');
  const sheet = sheets[2 + gov];
  assert.ok(sheet);
  const total = sheet.rows.length - 1;
  const amounts = (): Cell[] => FIGURES.map((number) => ({ number, decimals: 2 }));
  sheet.rows.splice(total, 1, ...ROWS.map(([code, name]) => [{ text: code }, { text: name }, ...amounts()]), [
    null,
    { text: '合计', bold: true },
    ...amounts(),
  ]);
  const path = join(mkdtempSync(join(tmpdir(), 'budgetlens-final-account-')), 'filled.xlsx');
  writeFileSync(path, workbookBytes(sheets));
  return path;
}

const valuesOf = (doc: BudgetDocument, code: string) =>
  Object.fromEntries(
    Object.entries(
      doc.tables.find((t) => t.kind === 'gov_fund_expenditure')?.rows.find((r) => r.code === code)?.values ?? {},
    ).map(([k, a]) => [k, a.raw]),
  );

describe('national final account: the fund tables’ 年初结转和结余 and 年末结转和结余', () => {
  it('the template prints them as the 决算 tables do, in their order', () => {
    assert.ok(profile);
    for (const kind of FUND_KINDS) {
      const layout: TableLayout | undefined = profile.tables.find((t) => t.kinds[0] === kind);
      assert.deepEqual(
        layout?.columns.map((c) => c.key),
        KEYS,
      );
    }
  });

  it('filled, each figure is read back in its column, and written and read back again the same', async () => {
    // Only the fund table is filled: the other tables are refused as unfilled, and nothing else is.
    const { input, refusals } = await inspectWorkbook(await filledWorkbook());
    assert.deepEqual(
      refusals.filter((r) => r.reason !== 'unfilled' || r.table === 'gov_fund_expenditure').map((r) => r.zh),
      [],
    );
    assert.equal(input.document.phase, 'final_account');
    const expected = Object.fromEntries(KEYS.map((k, i) => [k, FIGURES[i]]));
    for (const [code] of ROWS) assert.deepEqual(valuesOf(input.document, code), expected, code);
    const writer = writerProfile('national-final-account') as WriterProfile;
    for (const format of ['html', 'docx'] as const) {
      // The 目录's page numbers (LibreOffice) are toc-pages' test; here the tables' round trip is.
      const result = await writeDisclosure(input, writer, format, { tocPages: false });
      assert.deepEqual(
        result.errors.map((f) => `${f.rule}: ${f.message}`),
        [],
        format,
      );
      for (const [code] of ROWS) assert.deepEqual(valuesOf(result.readBack, code), expected, `${format} ${code}`);
      assert.deepEqual(
        writtenProjection(result.readBack, writer.money.tables).gov_fund_expenditure,
        writtenProjection(input.document, writer.money.tables).gov_fund_expenditure,
      );
    }
  });
});
