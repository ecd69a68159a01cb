import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../../../tests/paths.js';
import { checkDocument } from '../../check.js';
import { run } from '../../cli/main.js';
import { documentJson } from '../../model/serialize.js';
import { readDocument } from '../../reader.js';
import { openStore } from '../../store/open.js';
import { templateProfile } from '../workbook/layouts.js';
import { InputRefused } from '../workbook/refusal.js';
import { templateBytes } from '../workbook/template.js';
import { parseCanonicalJson } from './canonical.js';
import { loadWriterInput } from './load.js';
import { textsFromMarkdown } from './markdown.js';

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-inputs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const seed = (name: string) => join(projectRoot, 'tests', 'fixtures', 'seeds', name);

describe('texts from Markdown', () => {
  it('each ## section is a text by its heading, with its file and line', () => {
    const md = [
      '# 吉林省商务厅2025年部门预算',
      '',
      '## 部门主要职能',
      '负责全省商务工作。',
      '### 其中',
      '统筹内外贸。',
      '',
      '## 支出预算增减原因',
      '',
      '人员增加。',
      '## 空的',
      '',
    ].join('\n');
    const { texts, origins } = textsFromMarkdown(md, 'texts.md');
    assert.deepEqual(texts, { 部门职责: '负责全省商务工作。\n### 其中\n统筹内外贸。', 支出预算增减原因: '人员增加。' });
    assert.deepEqual(origins.部门职责, { file: 'texts.md', line: 3 });
    assert.deepEqual(origins.支出预算增减原因, { file: 'texts.md', line: 8 });
  });
});

describe('the canonical JSON', () => {
  it('parses back exactly: its JSON again is the same JSON', async () => {
    const doc = await readDocument(seed('000_7094a3d6e0f48fbd.txt'));
    const json = JSON.parse(JSON.stringify(documentJson(doc)));
    const parsed = parseCanonicalJson(JSON.stringify(json), 'seed.json');
    assert.deepEqual(JSON.parse(JSON.stringify(documentJson(parsed))), json);
    const total = parsed.tables.find((t) => t.kind === 'expenditure_summary')?.rows.find((r) => r.isTotal)?.values.total;
    assert.deepEqual(total && { scaled: total.scaled, scale: total.scale }, { scaled: 2219836n, scale: 2 });
  });

  it('is refused when malformed, naming where', () => {
    assert.throws(() => parseCanonicalJson('{"document":', 'x.json'), InputRefused);
    const bad = JSON.stringify({
      document: {},
      tables: [{ kind: 'income_summary', unit: '万元', rows: [{ values: { total: '十' } }] }],
    });
    assert.throws(
      () => parseCanonicalJson(bad, 'x.json'),
      (e: InputRefused) => /tables\[0\]\.rows\[0\]/.test(e.line()),
    );
  });

  it('as input: validated like a workbook, refusals at their lines', async () => {
    // Seed 002: its tables tie and no table rule finds an error in them.
    const good = join(dir, 'seed2.json');
    writeFileSync(good, JSON.stringify(documentJson(await readDocument(seed('002_b9fc89043e8814d5.txt')))));
    const input = await loadWriterInput({ input: good });
    assert.equal(input.document.year, 2024);
    const refusedAt = async (name: string) => {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(documentJson(await readDocument(seed(name)))));
      try {
        await loadWriterInput({ input: file });
      } catch (e) {
        assert.ok(e instanceof InputRefused, String(e));
        return e.refusals.map((r) => `${r.reason}@${r.line}`);
      }
      return assert.fail(`${name} was accepted`);
    };
    // Seed 001's 项目支出预算表 total does not tie (4833.08 printed, 4822.88 summed): refused at its line.
    assert.deepEqual(await refusedAt('001_91a79292973e8735.txt'), ['sum@332']);
    // Seed 000's two 成本指标 above their project's 年度资金总额 (performance-indicator): the table rules' errors are refused too.
    assert.deepEqual(await refusedAt('000_7094a3d6e0f48fbd.txt'), ['table@923', 'table@944']);
  });
});

describe('a department-year in the store, and last year from it', () => {
  const db = join(dir, 'store.duckdb');
  // Seed 003 (阳泉市商务局): its tables fill every sheet of the template.
  const DEPT = '阳泉市商务局';
  it('reads the stored year, and gives a workbook of the next year its previous', async () => {
    const store = await openStore({ dialect: 'duckdb', path: db });
    const doc = await readDocument(seed('003_07ebbe8a85530ef6.txt'));
    await store.putDocument(doc, checkDocument(doc).findings, { profile: 'national' });
    // Seed 002 (its tables carry no error) is the stored year read as the input.
    const tied = await readDocument(seed('002_b9fc89043e8814d5.txt'));
    await store.putDocument(tied, checkDocument(tied).findings, { profile: 'national' });
    await store.close();
    const stored = await loadWriterInput({ db, department: tied.department ?? '', year: 2024 });
    assert.equal(stored.document.year, 2024);
    assert.equal(stored.document.tables.length, tied.tables.length);
    assert.equal(stored.previous, undefined);
    // 003 as stored is refused like a file: its three one-year projects' 实施期 ≠ 年度资金总额 (performance-amount).
    await assert.rejects(loadWriterInput({ db, department: DEPT, year: 2024 }), (e: InputRefused) => {
      assert.deepEqual(
        e.refusals.map((r) => r.reason),
        ['table', 'table', 'table'],
      );
      return true;
    });
    // This year's workbook (2025), its figures started from last year's.
    const profile = templateProfile('national-budget');
    assert.ok(profile);
    const workbook = join(dir, '2025.xlsx');
    writeFileSync(workbook, templateBytes(profile, { year: 2025, department: DEPT, fill: doc }));
    const md = join(dir, 'texts.md');
    writeFileSync(md, '## 机构设置\n内设 12 个处室。\n');
    const input = await loadWriterInput({ input: workbook, db, texts: md });
    assert.equal(input.document.year, 2025);
    assert.equal(input.previous?.year, 2024);
    assert.equal(input.previous?.department, DEPT);
    assert.equal(input.texts.机构设置, '内设 12 个处室。');
    assert.deepEqual(input.origins?.机构设置, { file: md, line: 1 });
  });

  it('a store that is not there is an input error, not a new store', async () => {
    const missing = join(dir, 'none.duckdb');
    await assert.rejects(loadWriterInput({ db: missing, department: '吉林省商务厅', year: 2024 }), /数据库文件不存在/);
    assert.equal(existsSync(missing), false);
  });
});

describe('budgetlens template on the command line', () => {
  const cli = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  };
  it('writes the workbook; refuses an unknown profile (exit 2)', async () => {
    const out = join(dir, '模板.xlsx');
    const ok = await cli('template', '--profile', 'shanghai-unit', '--year', '2026', '--out', out);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(existsSync(out));
    const bad = await cli('template', '--profile', 'beijing', '--out', out);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /未知模板/);
  });
});
