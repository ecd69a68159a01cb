import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot, sharedDir } from '../../../tests/paths.js';
import { regionalSeed } from '../../../tests/writer-projection.js';
import { makeZip } from '../../adapters/office/zip-writer.test-helper.js';
import { xlsxAdapter } from '../../adapters/xlsx/adapter.js';
import { checkDocument } from '../../check.js';
import { workbookBytes } from '../../export/workbook.js';
import { amountEquals } from '../../model/amount.js';
import { normalizeName } from '../../model/names.js';
import type { BudgetDocument, Table, TableKind } from '../../model/types.js';
import { documentFromBlocks, readDocument } from '../../reader.js';
import { THREE_PUBLIC } from '../../recognize/vocabulary.js';
import { DEFAULT_LIMITS } from '../../source/load.js';
import { type WriterProfile, writerProfile } from '../profiles.js';
import { writeDisclosure } from '../write.js';
import { TEMPLATE_PROFILES } from './layouts.js';
import { inspectWorkbook, readWorkbook } from './read.js';
import { InputRefused, refusalPlace } from './refusal.js';
import { tableSheetNames, templateBytes, templateSheets } from './template.js';

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-workbook-'));
const seed = (name: string) => join(projectRoot, 'tests', 'fixtures', 'seeds', name);
const SEEDS = readdirSync(join(projectRoot, 'tests', 'fixtures', 'seeds')).filter((f) => f.endsWith('.txt'));
let n = 0;
const save = (bytes: Buffer, ext = 'xlsx') => {
  const path = join(dir, `wb${++n}.${ext}`);
  writeFileSync(path, bytes);
  return path;
};

async function refusals(path: string) {
  try {
    await readWorkbook(path);
  } catch (error) {
    assert.ok(error instanceof InputRefused, String(error));
    return error.refusals.map((r) => ({ ...r, place: refusalPlace(r) }));
  }
  assert.fail('the workbook was accepted');
}

/** Rows of a table by side, code and name (and which of that name: 上年结转's 一般公共预算拨款), with their amounts. */
function rowsOf(table: Table) {
  const seen = new Map<string, number>();
  return table.rows.map((r) => {
    const id = `${r.side ?? ''}|${r.isTotal ? '' : (r.code ?? '')}|${normalizeName(r.name)}`;
    const nth = (seen.get(id) ?? 0) + 1;
    seen.set(id, nth);
    return { id: `${id}#${nth}`, values: r.values };
  });
}

/** The figures of a 三公 (or 机关运行经费) table that Shanghai's sheet prints as columns: the total, then each item. */
function threePublicParts(kind: TableKind) {
  const table = (d: BudgetDocument) => d.tables.find((t) => t.kind === kind);
  const total = { name: '合计', amount: (d: BudgetDocument) => table(d)?.rows.find((r) => r.isTotal)?.values.total };
  if (kind !== 'three_public') return [total];
  const items = Object.entries(THREE_PUBLIC).filter(([name]) => name !== 'vehicleAny');
  return [
    total,
    ...items.map(([name, test]) => ({
      name,
      amount: (d: BudgetDocument) => table(d)?.rows.find((r) => !r.isTotal && test.test(normalizeName(r.name)))?.values.total,
    })),
  ];
}

describe('budgetlens template', () => {
  for (const profile of TEMPLATE_PROFILES) {
    it(`${profile.id}: each sheet's table is read back by our own adapter with its kind and columns`, async () => {
      const bytes = templateBytes(profile, { year: 2026, department: '上海市测试局' });
      const output = await xlsxAdapter.read({ file: 't.xlsx', bytes: new Uint8Array(bytes), limits: DEFAULT_LIMITS });
      const doc = documentFromBlocks(output, 't.xlsx', 'xlsx', '');
      const names = tableSheetNames(profile);
      profile.tables.forEach((layout, i) => {
        for (const kind of layout.kinds) {
          const table = doc.tables.find((t) => t.kind === kind);
          assert.ok(table, `${kind} on ${names[i]}`);
          assert.equal(table.source.sheet, names[i]);
          const keys = table.columns.filter((c) => c.type === 'amount').map((c) => c.key);
          for (const c of layout.columns) assert.ok(keys.includes(c.key), `${kind}: ${c.key} in ${keys.join(',')}`);
        }
      });
      // Unfilled, every table is there and each required one is refused as not filled in, by its sheet and the cells of its rows.
      const { input, refusals } = await inspectWorkbook(save(bytes));
      assert.equal(input.document.department, '上海市测试局');
      assert.deepEqual(Object.keys(input.texts).length, 0, 'an unfilled 说明 sheet gives no text');
      assert.deepEqual(
        refusals.map((r) => r.reason),
        input.profile.required.map(() => 'unfilled'),
      );
      for (const r of refusals) {
        assert.ok(names.includes(r.sheet ?? ''), `${r.table} on ${r.sheet}`);
        assert.match(r.cell ?? '', /^[A-Z]+\d+:[A-Z]+\d+$/);
        assert.ok(r.zh.includes(r.cell ?? '') && r.en.includes(r.cell ?? ''));
      }
    });
  }

  const soffice = spawnSync('which', ['soffice']).status === 0;
  it('opens in LibreOffice: each profile converts to CSV, and a filled one saved again by LibreOffice reads back whole', {
    skip: soffice ? false : 'soffice 未安装 / soffice not installed',
  }, async () => {
    const paths = TEMPLATE_PROFILES.map((p) => save(templateBytes(p, { year: 2026, department: '测试局' })));
    const doc = await readDocument(seed(SEEDS[0] as string));
    const filled = save(templateBytes(TEMPLATE_PROFILES[0] as (typeof TEMPLATE_PROFILES)[0], { year: 2024, fill: doc }));
    const out = join(dir, 'lo');
    const convert = (to: string, files: string[]) =>
      spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', to, '--outdir', out, ...files],
        {
          timeout: 180_000,
        },
      );
    // Field separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8).
    const csv = convert('csv:Text - txt - csv (StarCalc):44,34,76', paths);
    assert.equal(csv.status, 0, String(csv.stderr));
    for (const path of paths) {
      const name = join(out, `${basename(path, '.xlsx')}.csv`);
      // The first sheet, the 封面: its title line and the department.
      assert.match(readFileSync(name, 'utf8'), /测试局2026年部门(?:预算|决算)|测试局2026年单位预算/);
    }
    const again = convert('xlsx', [filled]);
    assert.equal(again.status, 0, String(again.stderr));
    const read = await readFilled(join(out, basename(filled)), doc);
    assert.equal(
      read.document.tables.length,
      doc.tables.filter((t) => TEMPLATE_PROFILES[0]?.tables.some((l) => l.kinds.includes(t.kind))).length,
    );
  });
});

/**
 * A workbook filled from a seed: what the seed cannot give is left unfilled and refused as such — a
 * table the seed does not have (000 has no 机关运行经费) — and nothing else is refused: a table the seed
 * has figures in fills its sheet, a 收入总表 by unit (000, 001) included, in its own layout.
 */
async function readFilled(path: string, doc: BudgetDocument) {
  const { input, refusals } = await inspectWorkbook(path);
  // The seed's own table errors (000's two 成本指标 above their project's money) are refused as the seed prints them.
  const own = new Set(
    checkDocument(doc)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.message),
  );
  for (const r of refusals) {
    if (r.reason === 'table' && own.has(r.zh)) continue;
    assert.equal(r.reason, 'unfilled', `${refusalPlace(r)} ${r.zh}`);
    const given = doc.tables.find((t) => t.kind === r.table);
    assert.ok(!given?.rows.some((row) => Object.keys(row.values).length > 0), `${r.table} is in the seed, yet unfilled`);
  }
  return input;
}

describe('reading a filled workbook', () => {
  for (const profile of TEMPLATE_PROFILES) {
    for (const file of SEEDS) {
      it(`${profile.id} filled from ${file} reads back the same tables and amounts`, async () => {
        const doc = await readDocument(seed(file));
        const path = save(templateBytes(profile, { year: doc.year ?? 2024, department: doc.department ?? '', fill: doc }));
        const { document } = await readFilled(path, doc);
        assert.equal(document.year, doc.year);
        // Every sheet whose kind the seed has figures of is read back with figures (项目支出, 绩效目标 among them).
        const figured = (d: BudgetDocument, kind: TableKind) =>
          d.tables.some((t) => t.kind === kind && t.rows.some((r) => Object.keys(r.values).length > 0));
        for (const kind of profile.tables.flatMap((l) => l.kinds))
          assert.equal(figured(document, kind), figured(doc, kind), `${kind} read back with figures`);
        // Shanghai's 三公 table prints its items as columns under its own names: each item (named as
        // the checker names it), the total and the 机关运行经费 are compared.
        const turned = new Set(profile.tables.filter((t) => t.rows === 'three-public-columns').flatMap((t) => t.kinds));
        for (const [kind, item] of [...turned].flatMap((kind) => threePublicParts(kind).map((p) => [kind, p] as const))) {
          const [got, want] = [item.amount(document), item.amount(doc)];
          assert.ok(want ? got && amountEquals(got, want) : !got, `${kind} ${item.name}: ${got?.raw} for ${want?.raw}`);
        }
        for (const table of document.tables.filter((t) => !turned.has(t.kind))) {
          if (table.rows.every((r) => Object.keys(r.values).length === 0)) continue;
          // The 绩效目标表 of each project (003: eight) fill one sheet, read back as one table.
          const sources = doc.tables.filter((t) => t.kind === table.kind);
          const joined = table.kind === 'performance_targets' ? sources.flatMap((t) => t.rows) : sources[0]?.rows;
          const source = { ...(sources[0] as Table), rows: joined ?? [] };
          const wanted = new Map(rowsOf(source).map((r) => [r.id, r.values]));
          for (const row of rowsOf(table)) {
            const values = wanted.get(row.id);
            assert.ok(values, `${table.kind}: ${row.id}`);
            for (const [key, amount] of Object.entries(row.values)) {
              const expected = values[key];
              assert.ok(expected && amountEquals(amount, expected), `${table.kind} ${row.id} ${key}`);
            }
          }
        }
      });
    }
  }

  // 万里街道 prints 公务用车购置及运行费 46.56 = 购置费 25.00 + 运行费 21.56: each part in its own column of
  // Shanghai's 三公 sheet (a pattern matching 购置 anywhere took the 购置及运行 subtotal for both parts).
  const wanli = join(sharedDir, 'samples', 'shanghai-putuo-wanli-subdistrict-2024-budget.pdf');
  it('Shanghai 三公 sheet filled from 万里街道 reads each item back in its column', {
    skip: existsSync(wanli) ? false : `缺少 / missing ${wanli}`,
  }, async () => {
    const doc = await readDocument(wanli);
    const profile = TEMPLATE_PROFILES.find((p) => p.id === 'shanghai-department') as (typeof TEMPLATE_PROFILES)[0];
    const { input } = await inspectWorkbook(
      save(templateBytes(profile, { year: 2024, department: doc.department ?? '', fill: doc })),
    );
    const items = threePublicParts('three_public');
    assert.deepEqual(
      items.map((item) => item.amount(input.document)?.raw),
      items.map((item) => item.amount(doc)?.raw),
    );
    assert.deepEqual(
      items.map((item) => item.amount(doc)?.raw),
      ['47.91', '0', '1.35', '46.56', '25', '21.56'],
    );
  });

  it('texts of the 说明 sheet keep their cell', async () => {
    const doc = await readDocument(seed(SEEDS[0] as string));
    const profile = TEMPLATE_PROFILES[0] as (typeof TEMPLATE_PROFILES)[0];
    const path = save(templateBytes(profile, { year: 2024, fill: doc, texts: { 部门职责: '负责全省商务工作。' } }));
    const read = await readFilled(path, doc);
    assert.equal(read.texts.部门职责, '负责全省商务工作。');
    assert.deepEqual(read.origins.部门职责, { file: path, sheet: '说明', cell: 'B2' });
  });
});

describe('refusing bad workbooks, each problem at its sheet and cell', () => {
  const profile = TEMPLATE_PROFILES[0] as (typeof TEMPLATE_PROFILES)[0];
  /** The seed 000 workbook, with one cell changed. */
  async function edited(change: (sheets: ReturnType<typeof templateSheets>) => void) {
    const doc: BudgetDocument = await readDocument(seed('000_7094a3d6e0f48fbd.txt'));
    const sheets = templateSheets(profile, { year: 2024, department: doc.department ?? '', fill: doc });
    change(sheets);
    return save(workbookBytes(sheets));
  }
  const sheet = (sheets: ReturnType<typeof templateSheets>, name: string) =>
    sheets.find((s) => s.name === name) as (typeof sheets)[0];
  // 一般公共预算支出表 of seed 000: row 9 is 2011301 行政运行, column C its 合计 (4885.93).
  const GB = '一般公共预算支出表';

  it('a missing table names its sheet', async () => {
    const path = await edited((sheets) =>
      sheets.splice(
        sheets.findIndex((s) => s.name === GB),
        1,
      ),
    );
    const found = await refusals(path);
    const missing = found.find((r) => r.reason === 'missing-table');
    assert.ok(missing);
    assert.equal(missing.sheet, GB);
    assert.match(missing.zh, /一般公共预算支出表/);
  });

  it('a sum that does not tie names the cell', async () => {
    const path = await edited((sheets) => {
      (sheet(sheets, GB).rows[8] as unknown[])[2] = { number: '4886.93', decimals: 2 };
    });
    const found = await refusals(path);
    assert.ok(
      found.some((r) => r.reason === 'sum' && r.place === `${GB}!C9`),
      JSON.stringify(found.map((r) => r.place)),
    );
    assert.ok(found.every((r) => /[\u4e00-\u9fff]/.test(r.zh) && /[A-Za-z]/.test(r.en)));
  });

  it("a code not in the year's list names its cell", async () => {
    const path = await edited((sheets) => {
      (sheet(sheets, GB).rows[8] as unknown[])[0] = { text: '2011397' };
    });
    const found = await refusals(path);
    assert.ok(
      found.some((r) => r.reason === 'code' && r.place === `${GB}!A9`),
      JSON.stringify(found),
    );
  });

  it('a negative amount names its cell', async () => {
    const path = await edited((sheets) => {
      (sheet(sheets, GB).rows[8] as unknown[])[4] = { number: '-137.81', decimals: 2 };
    });
    const found = await refusals(path);
    assert.ok(
      found.some((r) => r.reason === 'negative' && r.place === `${GB}!E9`),
      JSON.stringify(found),
    );
  });

  it('text in an amount cell names its cell, with the other problems at once', async () => {
    const path = await edited((sheets) => {
      (sheet(sheets, GB).rows[8] as unknown[])[2] = { text: '四千八百万' };
      (sheet(sheets, GB).rows[9] as unknown[])[0] = { text: '2011398' };
    });
    const found = await refusals(path);
    assert.ok(
      found.some((r) => r.reason === 'not-a-number' && r.place === `${GB}!C9`),
      JSON.stringify(found),
    );
    assert.ok(found.some((r) => r.reason === 'code' && r.place === `${GB}!A10`));
  });

  it('a table published empty with its statement is accepted; the same table unfilled is refused by sheet and cells', async () => {
    // Seed 003 (阳泉市商务局) prints its 政府性基金预算支出表 empty, 注：本表无数据 under it.
    const doc = await readDocument(seed('003_07ebbe8a85530ef6.txt'));
    const sheets = templateSheets(profile, { year: 2024, department: doc.department ?? '', fill: doc });
    const FUND = '政府性基金预算支出表';
    const read = await readWorkbook(save(workbookBytes(sheets)));
    const fund = read.document.tables.find((t) => t.kind === 'gov_fund_expenditure');
    assert.ok(fund?.empty);
    assert.match(fund.emptyStatement?.text ?? '', /本表无数据/);
    // Without the statement, and with the 总表s giving 政府性基金 income (so not even a 0 says why), it is unfilled.
    const rows = sheet(sheets, FUND).rows;
    rows.splice(
      rows.findIndex((r) => /本表无数据/.test(JSON.stringify(r))),
      1,
    );
    for (const name of ['收支总表', '财政拨款收支总表']) {
      const fundIncome = sheet(sheets, name).rows.find((r) => /政府性基金/.test(JSON.stringify(r?.[0] ?? null))) as unknown[];
      fundIncome[1] = { number: '10.00', decimals: 2 };
    }
    const found = await refusals(save(workbookBytes(sheets)));
    const unfilled = found.filter((r) => r.reason === 'unfilled');
    assert.deepEqual(
      unfilled.map((r) => r.place),
      [`${FUND}!A6:E6`],
    );
    assert.match(unfilled[0]?.zh ?? '', /政府性基金预算支出表未填写/);
  });

  it("an empty fund table the 收支总表 shows at 0 needs no statement (the checker's own reason)", async () => {
    // Seed 000 (吉林省商务厅) prints its 政府性基金 table empty with no statement; its 收支总表 prints that income as 0.
    // Its workbook (the 收入总表 by unit, in that layout) is accepted whole, the fund table empty.
    const path = await edited(() => {});
    const { input, refusals: found } = await inspectWorkbook(path);
    assert.deepEqual(
      found.map((r) => `${refusalPlace(r)} ${r.zh}`),
      [],
    );
    assert.ok(input.document.tables.find((t) => t.kind === 'gov_fund_expenditure')?.empty);
  });

  it('a file that is not a workbook, and a hostile zip, are refused', async () => {
    const text = save(Buffer.from('一般公共预算支出表\n合计\t1.00\n'), 'txt');
    assert.equal((await refusals(text))[0]?.reason, 'not-a-workbook');
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(40 * 1024 * 1024, 0x20) },
    ]);
    await assert.rejects(readWorkbook(save(bomb)), (error: Error) => /压缩|zip/i.test(error.message));
  });
});

describe('a regional template (beijing-budget): filled, refused by its own sheets and cells, written as two files', () => {
  const profile = TEMPLATE_PROFILES.find((p) => p.id === 'beijing-budget') as (typeof TEMPLATE_PROFILES)[0];
  // 北京's 预算05表, filled from the seed whose sums tie to the 分 (北京 prints six decimals: regionalSeed).
  const GB = '预算05表 一般公共预算支出表';
  const filled = async () => {
    const doc = await readDocument(regionalSeed(writerProfile('beijing-budget') as WriterProfile));
    return { doc, sheets: templateSheets(profile, { year: 2024, department: doc.department ?? '', fill: doc }) };
  };

  it("its sheets are the region's titles, and a filled one is accepted and written as 北京's two files", async () => {
    const { doc, sheets } = await filled();
    assert.deepEqual(tableSheetNames(profile).slice(0, 2), ['预算01表 收支总表', '预算02表 收入总表']);
    const path = save(workbookBytes(sheets));
    const { input, refusals: found } = await inspectWorkbook(path, { profile: 'beijing-budget' });
    assert.deepEqual(
      found.map((r) => `${refusalPlace(r)} ${r.zh}`),
      [],
    );
    const writer = writerProfile('beijing-budget') as WriterProfile;
    const result = await writeDisclosure({ ...input, texts: {} }, writer, 'html');
    assert.deepEqual(
      result.errors.map((f) => f.message),
      [],
    );
    assert.equal(result.files.length, 2);
    const table = result.readBack.tables.find((t) => t.kind === 'general_budget_expenditure');
    const seedTable = doc.tables.find((t) => t.kind === 'general_budget_expenditure');
    // The same amount, printed as 北京 prints it (15,745.540000).
    const [got, want] = [table, seedTable].map((t) => t?.rows.find((r) => r.isTotal)?.values.total);
    assert.ok(got && want && amountEquals(got, want) && got.scale === 6, `${got?.raw} for ${want?.raw}`);
  });

  it("a sum that does not tie and a missing table are named by the region's sheet", async () => {
    const { sheets } = await filled();
    const rows = (sheets.find((s) => s.name === GB) as (typeof sheets)[0]).rows;
    const at = rows.findIndex((r) => /^\d{7}$/.test((r?.[0] as { text?: string } | null)?.text ?? ''));
    const cell = rows[at]?.[2] as { number: string; decimals: number };
    (rows[at] as unknown[])[2] = { ...cell, number: (Number(cell.number) + 1).toFixed(cell.decimals) };
    sheets.splice(
      sheets.findIndex((s) => s.name === '预算09表 财政拨款“三公”经费支出表'),
      1,
    );
    const found = await refusals(save(workbookBytes(sheets)));
    // The 项 (Excel row at + 1) no longer adds up to its 款 right above it: the 款's 合计 is named.
    assert.ok(
      found.some((r) => r.reason === 'sum' && r.place === `${GB}!C${at}`),
      JSON.stringify(found.map((r) => r.place)),
    );
    const missing = found.find((r) => r.reason === 'missing-table');
    assert.equal(missing?.sheet, '预算09表 财政拨款“三公”经费支出表');
  });
});

describe('the final account template', () => {
  it('prints a fund table as the national 决算 does (年初结转和结余 … 年末结转和结余) and reads each column back', async () => {
    const profile = TEMPLATE_PROFILES.find((p) => p.id === 'national-final-account') as (typeof TEMPLATE_PROFILES)[0];
    const sheets = templateSheets(profile, { year: 2024, department: '测试局' });
    const name = tableSheetNames(profile)[profile.tables.findIndex((t) => t.kinds.includes('gov_fund_expenditure'))] as string;
    const rows = (sheets.find((s) => s.name === name) as (typeof sheets)[0]).rows;
    const n = (v: string) => ({ number: v, decimals: 2 });
    // 征地和拆迁补偿支出: 10.00 carried in, 100.00 received, 90.00 spent on projects, 20.00 carried on.
    const figures = [n('10.00'), n('100.00'), n('90.00'), null, n('90.00'), n('20.00')];
    const total = rows.length - 1;
    rows.splice(
      total,
      1,
      [{ text: '2120801' }, { text: '征地和拆迁补偿支出' }, ...figures],
      [null, { text: '合计' }, ...figures],
    );
    const { input } = await inspectWorkbook(save(workbookBytes(sheets)));
    const fund = input.document.tables.find((t) => t.kind === 'gov_fund_expenditure');
    assert.deepEqual(
      fund?.columns.filter((c) => c.type === 'amount').map((c) => c.key),
      ['carryover', 'current_year', 'total', 'basic', 'project', 'year_end_balance'],
    );
    const row = fund?.rows.find((r) => r.code === '2120801');
    assert.deepEqual(Object.fromEntries(Object.entries(row?.values ?? {}).map(([k, v]) => [k, v.raw])), {
      carryover: '10.00',
      current_year: '100.00',
      total: '90.00',
      project: '90.00',
      year_end_balance: '20.00',
    });
  });
});

describe("Shanghai's own workbooks", () => {
  for (const name of ['shanghai-department-budget-template.xlsx', 'shanghai-unit-budget-template.xlsx']) {
    const file = join(sharedDir, 'samples', name);
    it(`${name}: its tables and its sheets of text`, { skip: existsSync(file) ? false : `缺少 / missing ${file}` }, async () => {
      // As published, unfilled: every required table is there, the 总表s among those refused as not filled in.
      const { input: read, refusals } = await inspectWorkbook(file);
      assert.ok(refusals.every((r) => r.reason === 'unfilled'));
      for (const kind of ['income_expenditure_summary', 'income_summary', 'expenditure_summary', 'fiscal_appropriation_summary'])
        assert.ok(
          refusals.some((r) => r.table === kind),
          kind,
        );
      const kinds = read.document.tables.map((t) => t.kind);
      for (const [kind] of read.profile.required) assert.ok(kinds.includes(kind), kind);
      assert.equal(read.profile.id, 'shanghai-budget');
      assert.match(read.texts.部门职责 ?? '', /主要职能包括/);
      assert.match(read.origins.部门职责?.sheet ?? '', /职能$/);
      assert.equal(read.origins.部门职责?.cell, 'A3');
    });
  }
});

describe("项目支出, 政府采购 and 绩效目标 sheets of the regional templates, under each region's titles", () => {
  const templateOf = (id: string) => TEMPLATE_PROFILES.find((p) => p.id === id) as (typeof TEMPLATE_PROFILES)[0];
  const sheetOf = (sheets: ReturnType<typeof templateSheets>, title: string) =>
    sheets.find((s) => s.name === title) as (typeof sheets)[0];

  it('each region has the sheets of these tables its documents print, by their titles', () => {
    const names = (id: string) => tableSheetNames(templateOf(id));
    // 广州: 十二、部门预算项目支出及其他支出预算表; 杭州, 湖州: 表10 …项目支出预算表, 表11 …项目支出绩效表; 北京: 预算10表, 预算12表.
    assert.ok(names('guangzhou-budget').includes('部门预算项目支出及其他支出预算表'));
    assert.ok(names('zhejiang-budget').includes('市级部门项目支出预算表'));
    assert.ok(names('zhejiang-budget').includes('市级部门项目支出绩效表'));
    assert.ok(names('beijing-budget').includes('预算10表 政府采购预算明细表'));
    assert.ok(names('beijing-budget').includes('预算12表 项目支出绩效目标表'));
  });

  it("北京's 预算10表 filled as 北京市财政局 prints it (A-货物, C-服务, 合计) reads back by 采购类别; a 合计 that does not tie and a negative are refused at their cells", async () => {
    const profile = templateOf('beijing-budget');
    const doc = await readDocument(regionalSeed(writerProfile('beijing-budget') as WriterProfile));
    const sheets = templateSheets(profile, { year: 2026, department: doc.department ?? '', fill: doc });
    const PROCUREMENT = '预算10表 政府采购预算明细表';
    const rows = sheetOf(sheets, PROCUREMENT).rows;
    const n = (v: string) => ({ number: v, decimals: 6 });
    // Under its header (row 5), in place of the unfilled 合计 line.
    rows.splice(
      5,
      rows.length - 5,
      [{ text: 'A-货物' }, n('716.974000')],
      [{ text: 'C-服务' }, n('12231.513100')],
      [{ text: '合计' }, n('12948.487100')],
    );
    const { input, refusals: found } = await inspectWorkbook(save(workbookBytes(sheets)));
    assert.deepEqual(
      found.map((r) => `${refusalPlace(r)} ${r.zh}`),
      [],
    );
    const table = input.document.tables.find((t) => t.kind === 'procurement');
    assert.equal(table?.source.sheet, PROCUREMENT);
    assert.deepEqual(
      table?.rows.map((r) => [r.name, r.values.total?.scaled]),
      [
        ['A-货物', 716974000n],
        ['C-服务', 12231513100n],
        ['合计', 12948487100n],
      ],
    );
    // A 合计 that is not 货物 + 服务 (procurement-sum): refused at the 合计's cell, its figures named.
    (rows[7] as unknown[])[1] = n('12948.497100');
    const untied = (await refusals(save(workbookBytes(sheets)))).filter((r) => r.reason === 'sum');
    assert.deepEqual(
      untied.map((r) => r.place),
      [`${PROCUREMENT}!B8`],
    );
    assert.match(untied[0]?.zh ?? '', /合计行的金额应为各采购类别之和 12948\.487100，表中为 12948\.497100/);
    (rows[7] as unknown[])[1] = n('12948.487100');
    (rows[5] as unknown[])[1] = n('-716.974000');
    const negative = (await refusals(save(workbookBytes(sheets)))).find((r) => r.reason === 'negative');
    assert.equal(negative?.place, `${PROCUREMENT}!B6`);
  });

  it("杭州's 项目支出绩效表 filled from seed 003: words in a project's 年度资金总额 are refused at their cell", async () => {
    const profile = templateOf('zhejiang-budget');
    const doc = await readDocument(seed('003_07ebbe8a85530ef6.txt'));
    const sheets = templateSheets(profile, { year: 2024, department: doc.department ?? '', fill: doc });
    const TARGETS = '市级部门项目支出绩效表';
    const rows = sheetOf(sheets, TARGETS).rows as Array<Array<{ text?: string; number?: string } | null>>;
    const headerAt = rows.findIndex((r) => r.some((c) => c?.text === '年度资金总额'));
    const col = rows[headerAt]?.findIndex((c) => c?.text === '年度资金总额') ?? -1;
    const projectAt = rows.findIndex((r, i) => i > headerAt && r[col]?.number !== undefined);
    assert.ok(headerAt >= 0 && col >= 0 && projectAt > headerAt);
    // As filled, the sheet is accepted (its amounts are numbers).
    assert.deepEqual(
      (await inspectWorkbook(save(workbookBytes(sheets)))).refusals.filter((r) => r.reason === 'not-a-number'),
      [],
    );
    (rows[projectAt] as unknown[])[col] = { text: '十三万元' };
    const found = (await refusals(save(workbookBytes(sheets)))).filter((r) => r.reason === 'not-a-number');
    assert.deepEqual(
      found.map((r) => `${r.place} ${r.zh}`),
      [`${TARGETS}!${String.fromCharCode(65 + col)}${projectAt + 1} 年度资金总额不是数字：“十三万元”`],
    );
  });

  it("杭州's 项目支出预算表 filled from seed 003: a project's 合计 that is not its funds' sum, and a negative, are refused at their cells", async () => {
    const profile = templateOf('zhejiang-budget');
    const doc = await readDocument(seed('003_07ebbe8a85530ef6.txt'));
    const sheets = templateSheets(profile, { year: 2024, department: doc.department ?? '', fill: doc });
    const PROJECTS = '市级部门项目支出预算表';
    const rows = sheetOf(sheets, PROJECTS).rows;
    // Excel row 8: 内贸流通统计监测工作经费, 合计 8.00 in B, 一般公共预算 8.00 in C; row 9 the next project.
    assert.deepEqual(rows[7]?.[0], { text: '内贸流通统计监测工作经费' });
    (rows[7] as unknown[])[1] = { number: '9.00', decimals: 2 };
    (rows[8] as unknown[])[2] = { number: '-30.00', decimals: 2 };
    const found = await refusals(save(workbookBytes(sheets)));
    assert.ok(
      found.some((r) => r.reason === 'sum' && r.place === `${PROJECTS}!B8`),
      JSON.stringify(found.map((r) => r.place)),
    );
    assert.ok(found.some((r) => r.reason === 'negative' && r.place === `${PROJECTS}!C9`));
  });
});
