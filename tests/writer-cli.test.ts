/**
 * `budgetlens write` as a department runs it: written (exit 0), written with the texts still to give
 * listed (exit 1), an input whose tables carry errors refused before writing (exit 2), usage errors (exit 2).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { type WriterProfile, writerProfile } from '../src/writer/profiles.js';
import { cli, SEED_000, SEED_002, SEED_003 } from './cli-run.js';
import { regionalSeed } from './writer-projection.js';

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-write-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function modelJson(seed: string, name: string): string {
  const file = join(dir, name);
  const extracted = cli('extract', seed, '--out', file);
  assert.equal(extracted.code, 0, extracted.stderr);
  return file;
}

const TEXTS = `# 阳泉市商务局
## 主要职能
贯彻执行国家及省、国内外贸易和国际经济合作的发展战略。
## 机构设置
内设职能科室10个。
## 政府采购情况
2024年本单位无政府采购预算。
## 国有资产占用情况
截至2023年底，本单位共有车辆0辆。
## 名词解释
财政拨款收入：指本级财政当年拨付的资金。
`;

describe('budgetlens write', () => {
  // Seed 002: its tables tie and carry no error of the table rules (003's three one-year projects print
  // 实施期 ≠ 年度 资金总额, performance-amount: refused, as below for 000).
  it('writes the document when every text is given (exit 0)', () => {
    const input = modelJson(SEED_002, '002.json');
    const texts = join(dir, 'texts.md');
    writeFileSync(texts, TEXTS);
    const out = join(dir, '002.html');
    const result = cli('write', input, '--profile', 'national-budget', '--texts', texts, '--out', out);
    assert.equal(result.code, 0, result.stderr);
    const html = readFileSync(out, 'utf8');
    assert.ok(html.includes('内设职能科室10个。'));
    assert.ok(!html.includes('【待补充'));
  });

  it('marks and lists each text not given (exit 1, the document written)', () => {
    const input = modelJson(SEED_002, '002b.json');
    // HTML: a DOCX's 目录 would be numbered through LibreOffice (two or three conversions), which nothing here looks at.
    const out = join(dir, '002b.html');
    const result = cli('write', input, '--profile', 'national-budget', '--out', out);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /【待补充】名词解释/);
    assert.match(result.stderr, /【待补充】政府采购情况/);
    assert.ok(existsSync(out));
  });

  it('writes 北京 as two files, the 情况说明 and the 报表, that check reads back as one document', () => {
    // 北京's 报表 prints six decimals: from the seed whose sums tie to the 分 (regionalSeed), 001, without the
    // 项目支出预算表 北京 does not print (its 合计 4833.08 over rows of 4822.88 is the seed's own error, refused).
    const input = modelJson(regionalSeed(writerProfile('beijing-budget') as WriterProfile), '001c.json');
    const model = JSON.parse(readFileSync(input, 'utf8'));
    model.tables = model.tables.filter((t: { kind: string }) => t.kind !== 'project_expenditure');
    writeFileSync(input, JSON.stringify(model));
    const texts = join(dir, 'texts-bj.md');
    writeFileSync(texts, TEXTS);
    const result = cli('write', input, '--profile', 'beijing-budget', '--texts', texts, '--out', join(dir, 'bj.html'));
    assert.equal(result.code, 0, result.stderr);
    const files = ['附件1情况说明', '附件2报表'].map((label) => join(dir, `bj-${label}.html`));
    assert.deepEqual(
      result.stdout.trim().split('\n'),
      files.map((f) => `已写出 / written: ${f}`),
    );
    assert.ok(!existsSync(join(dir, 'bj.html')));
    // Checked with the profile write checked it with: the department is 001's (吉林), whose own profile
    // asks for the 项目支出预算表 北京 does not print.
    const checked = cli('check', ...files, '--profile', 'national', '--format', 'json');
    assert.equal(checked.code, 0, checked.stderr);
    // Two files given, one document read: the array of reports holds one.
    const reports = JSON.parse(checked.stdout);
    assert.equal(reports.length, 1);
    const report = reports[0];
    assert.deepEqual(
      report.document.parts.map((p: { holds: string }) => p.holds),
      ['narrative', 'tables'],
    );
    assert.equal(report.summary.errors, 0);
  });

  it('refuses an input whose tables have errors before writing: each named at its line, nothing written (exit 2)', () => {
    const input = modelJson(SEED_000, '000.json');
    // HTML: the refusal is the same for every format, and a DOCX would pay LibreOffice's 目录 pages.
    const out = join(dir, '000.html');
    const result = cli('write', input, '--profile', 'national-budget', '--out', out);
    assert.equal(result.code, 2, result.stderr);
    // 000's two 成本指标 above their project's 年度资金总额 (康平街4号办公楼维修项目 >=50万元 of 20.00; 广交会… =20万元 of 15.00).
    assert.match(result.stderr, /第 923 行 \/ line 923: 项目“康平街4号办公楼维修项目”的成本指标/);
    assert.match(result.stderr, /第 944 行 \/ line 944: 项目“广交会、进博会及服贸会工作经费”的成本指标/);
    assert.match(result.stderr, /未写出任何文件/);
    assert.ok(!existsSync(out));
  });

  it('refuses the template as made, no number filled: each required table by sheet and cells, nothing written (exit 2)', () => {
    const template = join(dir, 'template.xlsx');
    assert.equal(cli('template', '--profile', 'national-budget', '--year', '2026', '--out', template).code, 0);
    const out = join(dir, 'template.docx');
    const result = cli('write', template, '--profile', 'national-budget', '--out', out);
    assert.equal(result.code, 2, result.stderr);
    for (const place of ['收支总表!A7:D13', '收入总表!A6:I6', '一般公共预算支出表!A6:E6', '政府性基金预算支出表!A6:E6'])
      assert.ok(result.stderr.includes(`${place}: `), place);
    assert.match(result.stderr, /未填写/);
    assert.ok(!existsSync(out));
  });

  it('refuses an unknown profile, an unknown format and a file that is not a document (exit 2)', () => {
    const input = modelJson(SEED_003, '003c.json');
    assert.equal(cli('write', input, '--profile', 'beijing', '--out', join(dir, 'x.docx')).code, 2);
    assert.equal(cli('write', input, '--profile', 'national-budget', '--out', join(dir, 'x.txt')).code, 2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"tables": 3}');
    const refused = cli('write', bad, '--profile', 'national-budget', '--out', join(dir, 'x.docx'));
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /不是 BudgetLens 的文档 JSON/);
  });
});
