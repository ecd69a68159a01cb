/**
 * The comparisons asked of a store, one suite run against each engine (as the store contract is):
 * two years of one department — the seed of 吉林省商务厅 2024 and the same document as its 2025,
 * with one amount moved and a 上年预算数 column restating 2024's 三公 with one figure wrong — and a
 * second department of 2025.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../tests/paths.js';
import { checkDocument } from '../check.js';
import { parseAmount } from '../model/amount.js';
import type { BudgetDocument, Row, Table } from '../model/types.js';
import { seedDocument } from '../store/contract.case.js';
import type { Store } from '../store/store.js';
import { codeAcross, codeAcrossPage } from './code-across.js';
import { departmentYears } from './department-years.js';
import { priorYearFindings } from './prior-year.js';
import { sideBySide } from './side-by-side.js';

const seed = (name: string) => join(projectRoot, 'tests', 'fixtures', 'seeds', name);
const COMMERCE = '吉林省商务厅';

function table(doc: BudgetDocument, kind: Table['kind']): Table {
  const found = doc.tables.find((t) => t.kind === kind);
  if (!found) throw new Error(`the seed has a ${kind} table`);
  return found;
}

function row(t: Table, name: string): Row {
  const found = t.rows.find((r) => r.name === name || r.code === name);
  if (!found) throw new Error(`${t.title} has ${name}`);
  return found;
}

const amount = (text: string) => parseAmount(text) ?? assert.fail(text);

/** The 2024 seed as the department's 2025 document: 2011301 行政运行 +1.00; 三公 上年预算数 printed, 公务接待费 wrong by 0.10. */
export function nextYear(sha256 = 'b'.repeat(64)): BudgetDocument {
  const doc = seedDocument(sha256, seed('000_7094a3d6e0f48fbd.txt'));
  doc.year = 2025;
  doc.title = doc.title.replace('2024', '2025');
  const spending = table(doc, 'general_budget_expenditure');
  const running = row(spending, '2011301');
  running.values.total = amount('4886.93');
  const three = table(doc, 'three_public');
  three.columns.push({
    key: 'prior_year',
    label: '2024年预算数',
    path: ['2024年预算数'],
    type: 'amount',
  } as Table['columns'][number]);
  for (const r of three.rows) {
    const total = r.values.total;
    if (total) r.values.prior_year = r.name === '公务接待费' ? amount('153.52') : total;
  }
  return doc;
}

async function put(store: Store, doc: BudgetDocument): Promise<void> {
  const { findings } = checkDocument(doc);
  await store.putDocument(doc, findings, { profile: 'national' });
}

export function queryContract(engine: string, open: () => Promise<Store>): void {
  describe(`store queries: ${engine}`, () => {
    let store: Store;
    before(async () => {
      store = await open();
      await put(store, seedDocument('a'.repeat(64), seed('000_7094a3d6e0f48fbd.txt')));
      await put(store, nextYear());
      await put(store, seedDocument('c'.repeat(64), seed('001_91a79292973e8735.txt')));
    });
    after(async () => {
      await store?.close();
    });

    it('matches a department’s lines across years by code, with the change', async () => {
      const result = await departmentYears(store, COMMERCE);
      assert.deepEqual(result.years, [2024, 2025]);
      const running = result.lines.find((l) => l.kind === 'general_budget_expenditure' && l.code === '2011301');
      assert.deepEqual(running?.values, ['4885.93', '4886.93']);
      assert.deepEqual(running?.change, { amount: '1.00', percent: '0.02' });
      const total = result.lines.find((l) => l.kind === 'general_budget_expenditure' && l.isTotal);
      assert.deepEqual(total?.values, ['21694.82', '21694.82']);
      assert.deepEqual(total?.change, { amount: '0.00', percent: '0.00' });
      // Lines without a code are matched by name.
      const reception = result.lines.find((l) => l.kind === 'three_public' && l.name === '公务接待费');
      assert.deepEqual(reception?.values, ['153.42', '153.42']);
    });

    it('finds the 上年预算数 that differs from the earlier year’s document, and only it', async () => {
      const findings = await priorYearFindings(store);
      assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message.zh)));
      const [f] = findings;
      assert.equal(f?.name, '公务接待费');
      assert.equal(f?.actual, '153.52');
      assert.equal(f?.expected, '153.42');
      assert.equal(f?.difference, '0.10');
      assert.equal(f?.document.year, 2025);
      assert.equal(f?.earlier.year, 2024);
      assert.match(f?.message.zh ?? '', /公务接待费.*153\.52.*153\.42/);
      assert.equal((await departmentYears(store, COMMERCE)).priorYear.length, 1);
    });

    it('puts the departments of a year side by side', async () => {
      const result = await sideBySide(store, { year: 2025 });
      const names = result.departments.map((d) => d.document.department).sort();
      assert.deepEqual(names, ['吉林省人民政府办公厅', COMMERCE].sort());
      const commerce = result.departments.find((d) => d.document.department === COMMERCE);
      // All funds (支出总表) before the general budget alone.
      assert.equal(commerce?.total, '22198.36');
      assert.equal(commerce?.project, '8001.87');
      assert.equal(commerce?.threePublic, '848.66');
      assert.equal(commerce?.byFunction['201'], '15760.00');
      assert.ok(result.functionClasses.some((h) => h.code === '201'));
      // Without a year: each department by its newest year.
      const newest = await sideBySide(store, {});
      assert.deepEqual(newest.departments.map((d) => d.document.year).sort(), [2025, 2025]);
    });

    it('finds who spends on one classification code', async () => {
      const result = await codeAcross(store, '2011301', { year: 2024 });
      assert.equal(result.spending.length, 1);
      assert.equal(result.spending[0]?.total, '5116.47');
      // The seed's 支出总表 line 行政运行 | 5116.47 | 4978.66 | 137.81: its 基本支出 and 项目支出 beside the total.
      assert.deepEqual([result.spending[0]?.basic, result.spending[0]?.project], ['4978.66', '137.81']);
      assert.equal(result.spending[0]?.kind, 'expenditure_summary');
      assert.equal(result.spending[0]?.name, '行政运行');
      const none = await codeAcross(store, '2299999', { year: 2024 });
      assert.equal(none.spending.length, 0);
    });

    it('answers the code comparison a page at a time, in the order of the whole answer', async () => {
      const all = await codeAcross(store, '2011301');
      assert.ok(all.spending.length >= 2, `${all.spending.length} documents`);
      const totals = all.spending.map((s) => Number(s.total));
      assert.deepEqual(
        totals,
        [...totals].sort((a, b) => b - a),
      );
      for (let offset = 0; offset <= all.spending.length; offset++) {
        const { result, documents } = await codeAcrossPage(store, '2011301', {}, { offset, limit: 1 });
        assert.equal(documents, all.spending.length);
        assert.deepEqual(result.spending, all.spending.slice(offset, offset + 1));
      }
    });
  });
}
