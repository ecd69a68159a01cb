/** The command line as scripts use it: output, exit codes, and one-line errors for bad input. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from './paths.js';

const bin = join(projectRoot, 'bin', 'budgetlens.js');
const seed = (name: string) => join(projectRoot, 'tests', 'fixtures', 'seeds', name);
const SEED_000 = seed('000_7094a3d6e0f48fbd.txt');
const SEED_003 = seed('003_07ebbe8a85530ef6.txt');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-cli-'));
function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

function assertOneLineError(stderr: string) {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0] as string, /[\u4e00-\u9fff].* \/ [A-Za-z]/, 'Chinese first, then English');
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
}

describe('budgetlens extract', () => {
  it('prints the document as JSON following the contract', () => {
    const { code, stdout } = cli('extract', SEED_000, '--format', 'json');
    assert.equal(code, 0);
    const json = JSON.parse(stdout);
    assert.equal(json.document.department, '吉林省商务厅');
    assert.equal(json.document.year, 2024);
    assert.equal(json.document.phase, 'budget');
    assert.match(json.document.source.sha256, /^[0-9a-f]{64}$/);
    const summary = json.tables.find((t: { kind: string }) => t.kind === 'expenditure_summary');
    assert.equal(summary.title, '支出预算总表');
    const row = summary.rows.find((r: { name: string }) => r.name === '一般公共服务支出');
    assert.deepEqual(row.values, { total: '16239.54', basic: '8867.16', project: '7372.38' });
    assert.equal(row.level, 1);
    assert.equal(typeof row.source.line, 'number');
  });
  it('gives an array for several files and a readable table view', () => {
    const json = cli('extract', SEED_000, SEED_003);
    assert.equal(json.code, 0);
    assert.equal(JSON.parse(json.stdout).length, 2);
    const table = cli('extract', SEED_003, '--format', 'table');
    assert.equal(table.code, 0);
    assert.match(table.stdout, /2024年预算支出总表 \[expenditure_summary\]/);
  });
  it('writes --out whole', () => {
    const out = join(scratch, 'out.json');
    const { code, stdout } = cli('extract', SEED_003, '--out', out);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).document.department, '阳泉市商务局');
  });
  for (const [what, path] of [
    ['a missing file', join(scratch, 'missing.txt')],
    ['an empty file', file('empty.txt', '')],
    ['a binary file', file('binary.bin', Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]))],
    ['a text that is no budget disclosure', file('poem.txt', '床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n')],
    ['a directory', scratch],
  ] as const) {
    it(`rejects ${what} with one line and exit 2`, () => {
      const { code, stderr, stdout } = cli('extract', path);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assertOneLineError(stderr);
    });
  }
  it('a bad file does not stop the others; the exit code is the worst', () => {
    const { code, stdout, stderr } = cli('extract', SEED_003, join(scratch, 'missing.txt'));
    assert.equal(code, 2);
    assertOneLineError(stderr);
    const docs = JSON.parse(stdout);
    assert.equal(docs.length, 1);
    assert.equal(docs[0].document.department, '阳泉市商务局');
  });
  it('reports usage errors with exit 2', () => {
    assert.equal(cli('extract').code, 2);
    assert.equal(cli('extract', SEED_000, '--format', 'xml').code, 2);
    assert.equal(cli('frobnicate').code, 2);
    assert.equal(cli('--help').code, 0);
  });
});

describe('budgetlens check', () => {
  it('exits 1 when the document has errors, and prints them grouped by table in Chinese', () => {
    const { code, stdout } = cli('check', SEED_000);
    assert.equal(code, 1);
    assert.match(stdout, /一般公共预算“三公”经费支出预算表\n.*1004 {2}错误 error {4}情况说明/);
    assert.match(stdout, /✖ 6 个错误/);
  });
  it('--quiet leaves the notes out: the same errors and warnings, no info', () => {
    const all = JSON.parse(cli('check', SEED_000, '--format', 'json').stdout);
    const quiet = cli('check', SEED_000, '--format', 'json', '--quiet');
    assert.equal(quiet.code, 1);
    const json = JSON.parse(quiet.stdout);
    assert.ok(all.summary.infos > 0, 'seed 000 has notes to leave out');
    assert.deepEqual(json.summary, { errors: all.summary.errors, warnings: all.summary.warnings, infos: 0 });
    assert.deepEqual(
      json.findings,
      all.findings.filter((f: { severity: string }) => f.severity !== 'info'),
    );
  });
  it('exits 0 when there is no error', () => {
    // The eight required tables, empty, each with its statement: nothing to report but notes.
    const titles = [
      '收支预算总表',
      '收入预算总表',
      '支出预算总表',
      '财政拨款收支预算总表',
      '一般公共预算支出预算表',
      '一般公共预算基本支出预算表',
      '一般公共预算“三公”经费支出预算表',
      '政府性基金预算支出预算表',
    ];
    const lines = ['某某局2024年部门预算', ...titles.flatMap((t) => [t, '项目\t合计', '合计\t', '注：本表无数据'])];
    const clean = file('clean.txt', lines.join('\n'));
    const { code, stdout } = cli('check', clean);
    assert.equal(code, 0);
    assert.match(stdout, /✔ 0 个错误/);
  });
  it('prints findings as JSON following the contract', () => {
    const { code, stdout } = cli('check', SEED_000, '--format', 'json');
    assert.equal(code, 1);
    const json = JSON.parse(stdout);
    assert.equal(json.document.department, '吉林省商务厅');
    assert.deepEqual(Object.keys(json.summary), ['errors', 'warnings', 'infos']);
    assert.equal(json.summary.errors, 6);
    const vehicle = json.findings.find((f: { rule: string }) => f.rule === 'narrative-amount');
    assert.equal(vehicle.severity, 'error');
    assert.equal(vehicle.table, 'three_public');
    assert.equal(vehicle.expected, '48.24');
    assert.equal(vehicle.actual, '0');
    assert.equal(vehicle.source.line, 1004);
    assert.match(vehicle.message, /公务用车购置及运行费 0 万元/);
  });
  it('speaks English on request', () => {
    const { stdout } = cli('check', SEED_000, '--format', 'json', '--lang', 'en');
    const json = JSON.parse(stdout);
    assert.match(json.findings.find((f: { rule: string }) => f.rule === 'wording').message, /contradicts itself/);
  });
  it('writes one self-contained HTML report with the faulty cells marked', () => {
    const out = join(scratch, 'report.html');
    const { code } = cli('check', SEED_000, '--format', 'html', '--out', out);
    assert.equal(code, 1);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<script|<link|src="http/);
    assert.match(html, /class="summary"><span class="error">错误 6/);
    assert.match(html, /<td class="num error"[^>]*>/);
  });
  it('takes severities from --rule and a profile from --profile', () => {
    const relaxed = cli(
      'check',
      SEED_000,
      '--rule',
      'wording=warning',
      '--rule',
      'narrative-amount=off',
      '--rule',
      'performance-indicator=warning',
      '--rule',
      'narrative-sum=warning',
    );
    assert.equal(relaxed.code, 0);
    assert.match(relaxed.stdout, /✔ 0 个错误/);
    const strict = cli('check', SEED_003, '--profile', 'jilin-province', '--format', 'json');
    const missing = JSON.parse(strict.stdout).findings.filter((f: { rule: string }) => f.rule === 'required-tables');
    assert.ok(missing.some((f: { message: string }) => f.message.includes('委托业务费')));
    assert.equal(cli('check', SEED_000, '--rule', 'no-such-rule=off').code, 2);
    assert.equal(cli('check', SEED_000, '--profile', 'atlantis').code, 2);
  });
  it('takes the worst exit code over several files', () => {
    assert.equal(cli('check', SEED_003, join(scratch, 'missing.txt')).code, 2);
    assert.equal(cli('check', SEED_003, SEED_000).code, 1);
  });
});

/** 北京 publishes a budget as 附件1 情况说明 and 附件2 报表: files given together are read as one. */
describe('a disclosure in two files', () => {
  const narrative = file(
    'sm.txt',
    [
      '北京市财政局 2026 年度部门预算信息公开',
      '第一部分 2026 年度部门预算情况说明',
      '一、三公经费预算情况说明',
      '2026 年财政拨款“三公”经费预算 40.77 万元。',
      '二、支出预算情况说明',
      '2026 年支出预算 44169.36 万元。',
      '附件：北京市财政局 2026 年度部门预算报表',
    ].join('\n'),
  );
  const tables = file(
    'bb.txt',
    [
      '预算09表 财政拨款“三公”经费支出表',
      '金额单位：万元',
      '项 目\t预算数',
      '合 计\t40.870000',
      '1、因公出国（境）费用\t17.200000',
      '2、公务接待费\t0.150000',
      '3、公务用车费\t23.520000',
      '预算13表 部门整体支出绩效目标表',
      '（2026年度）',
      '部门名称\t北京市财政局',
    ].join('\n'),
  );

  it('reads a narrative whose tables are another file, with one note naming that file', () => {
    const { code, stdout } = cli('check', narrative, '--format', 'json');
    assert.equal(code, 0);
    const json = JSON.parse(stdout);
    assert.deepEqual(
      json.document.attachments.map((a: { text: string }) => a.text),
      ['附件：北京市财政局 2026 年度部门预算报表'],
    );
    assert.deepEqual(
      json.findings.filter((f: { rule: string }) => f.rule === 'required-tables').map((f: { severity: string }) => f.severity),
      ['info'],
    );
  });

  it('checks the narrative against the tables of the other file; --no-group reads each alone', () => {
    const grouped = cli('check', tables, narrative, '--format', 'json');
    assert.equal(grouped.code, 1);
    const [doc, ...rest] = JSON.parse(grouped.stdout);
    assert.equal(rest.length, 0);
    assert.deepEqual(
      doc.document.parts.map((p: { file: string; holds: string }) => [p.file, p.holds]),
      [
        [tables, 'tables'],
        [narrative, 'narrative'],
      ],
    );
    const wrong = doc.findings.find((f: { rule: string }) => f.rule === 'narrative-amount');
    assert.deepEqual([wrong.expected, wrong.actual, wrong.source.file], ['40.87', '40.77', narrative]);
    const apart = JSON.parse(cli('check', tables, narrative, '--no-group', '--format', 'json').stdout);
    assert.equal(apart.length, 2);
  });
});
