/** The command line as scripts use it: output, exit codes, and one-line errors for bad input. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run as runCli } from '../src/cli/main.js';
import { bin, cli, SEED_000, SEED_003 } from './cli-run.js';
import { projectRoot } from './paths.js';

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
  it('--explain says why each table got its kind and each column its key, in the table view and in JSON', () => {
    const table = cli('extract', SEED_003, '--format', 'table', '--explain');
    assert.equal(table.code, 0);
    assert.match(table.stdout, /2024年预算支出总表 \[expenditure_summary\][^\n]*\n {2}为何是支出总表 \(expenditure_summary\)/);
    assert.match(table.stdout, /\+6 标题 title “支出总表”: 标题写明表名/);
    assert.match(table.stdout, / {4}basic ← 基本支出: 金额列名“基本支出” \/ amount label "基本支出"/);
    const json = JSON.parse(cli('extract', SEED_003, '--explain').stdout);
    const summary = json.tables.find((t: { kind: string }) => t.kind === 'expenditure_summary');
    assert.equal(summary.recognition.kind, 'expenditure_summary');
    assert.ok(summary.recognition.evidence.some((e: { source: string }) => e.source === 'header'));
    assert.deepEqual(summary.columns.find((c: { key: string }) => c.key === 'basic').because, {
      rule: 'amount',
      label: '基本支出',
    });
    const plain = JSON.parse(cli('extract', SEED_003).stdout);
    assert.equal(plain.tables[0].recognition, undefined, 'reasons only when asked for');
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
  it('a bad file does not stop the others; it keeps its place in the array with its error', () => {
    const { code, stdout, stderr } = cli('extract', SEED_003, join(scratch, 'missing.txt'));
    assert.equal(code, 2);
    assertOneLineError(stderr);
    const docs = JSON.parse(stdout);
    assert.equal(docs.length, 2);
    assert.equal(docs[0].document.department, '阳泉市商务局');
    assert.equal(docs[1].file, join(scratch, 'missing.txt'));
    assert.match(docs[1].error.message, /^文件不存在或无法读取 \/ file does not exist/);
    const bad = cli('extract', join(scratch, 'missing.txt'), file('poem2.txt', '床前明月光\n'));
    assert.equal(bad.code, 2);
    assert.deepEqual(
      JSON.parse(bad.stdout).map((d: { error: { en: string } }) => d.error.en),
      ['file does not exist or cannot be read', 'not a budget disclosure (no budget tables found)'],
    );
  });
  it('reads standard input: - and /dev/stdin', () => {
    const text = readFileSync(SEED_003);
    for (const name of ['-', '/dev/stdin']) {
      const piped = spawnSync(process.execPath, [bin, 'extract', name], { input: text, encoding: 'utf8' });
      assert.equal(piped.status, 0, piped.stderr);
      assert.equal(JSON.parse(piped.stdout).document.department, '阳泉市商务局');
    }
    const pdf = readFileSync(join(projectRoot, 'tests', 'fixtures', 'roundtrip', '003_07ebbe8a85530ef6.pdf'));
    const checked = spawnSync(process.execPath, [bin, 'check', '-', '--format', 'json'], { input: pdf, encoding: 'utf8' });
    assert.equal(JSON.parse(checked.stdout).document.source.file, '<stdin>');
    const empty = spawnSync(process.execPath, [bin, 'check', '-'], { input: '', encoding: 'utf8' });
    assert.equal(empty.status, 2);
    assert.equal(empty.stderr, '<stdin>: 文件为空 / file is empty\n');
  });
  it('reports usage errors with exit 2: one line and a hint, not the whole usage', () => {
    for (const args of [
      ['extract'],
      ['extract', SEED_000, '--format', 'xml'],
      ['frobnicate'],
      ['check', SEED_000, '--lang', 'fr'],
      ['check', SEED_000, '--jobs', '0'],
      ['check', SEED_000, '-x'],
    ]) {
      const { code, stderr, stdout } = cli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      const lines = stderr.trim().split('\n');
      assert.equal(lines.length, 2, stderr);
      assert.match(lines[0] as string, /[\u4e00-\u9fff].* \/ [A-Za-z]/);
      assert.equal(lines[1], '运行 budgetlens --help 查看用法 / run budgetlens --help for usage');
    }
    assert.match(cli('check', SEED_000, '--lang', 'fr').stderr, /不支持的语言 fr/);
    assert.equal(cli('--help').code, 0);
  });
  it('--version prints the version', () => {
    const { code, stdout } = cli('--version');
    assert.equal(code, 0);
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    assert.equal(stdout, `budgetlens ${pkg.version}\n`);
  });
});

describe('budgetlens check', () => {
  it('exits 1 when the document has errors, and prints them grouped by table in Chinese', () => {
    const { code, stdout } = cli('check', SEED_000);
    assert.equal(code, 1);
    assert.match(stdout, /一般公共预算“三公”经费支出预算表\n.*1004 {2}错误 error {4}情况说明/);
    // 5: the narrative 公务用车 of 0 against 48.24 is one fact, not also its section's sum (check-seeds.test.ts).
    assert.match(stdout, /✖ 5 个错误/);
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
    assert.equal(json.summary.errors, 5);
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
    assert.match(html, /class="summary"><span class="error">错误 5/);
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
  it('puts a file that cannot be read in the report with its error, and a total across files', () => {
    const missing = join(scratch, 'missing.txt');
    const json = cli('check', SEED_003, missing, SEED_000, '--format', 'json');
    assert.equal(json.code, 2);
    const entries = JSON.parse(json.stdout);
    assert.equal(entries.length, 3);
    assert.deepEqual(entries[1], {
      file: missing,
      error: {
        message: '文件不存在或无法读取 / file does not exist or cannot be read',
        zh: '文件不存在或无法读取',
        en: 'file does not exist or cannot be read',
      },
    });
    assert.equal(entries[2].summary.errors, 5);
    const stylish = cli('check', SEED_003, missing, SEED_000);
    assert.match(stylish.stdout, /missing.txt\n✖ 无法读取：文件不存在或无法读取 \/ unreadable: file does not exist/);
    assert.match(stylish.stdout, /合计 3 个文件（2 个已检查，1 个无法读取）：\d+ 个错误/);
    const out = join(scratch, 'several.html');
    const html = cli('check', SEED_003, missing, SEED_000, '--format', 'html', '--out', out);
    assert.equal(html.code, 2);
    const report = readFileSync(out, 'utf8');
    assert.equal(report.match(/<!doctype html>/g)?.length, 1, 'one HTML document');
    assert.match(report, /无法读取 unreadable 1/);
    assert.match(report, /missing.txt<\/a>：文件不存在或无法读取/);
    assert.match(html.stdout, /^报告已写入 .*several.html \/ report written to .*several.html\n合计 3 个文件/);
  });
  it('--out into a missing folder or at a folder: one line, exit 2, nothing left behind', () => {
    const folder = mkdtempSync(join(tmpdir(), 'budgetlens-out-'));
    for (const out of [join(folder, 'no', 'such', 'report.html'), folder]) {
      const { code, stderr, stdout } = cli('check', SEED_000, '--format', 'html', '--out', out);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assertOneLineError(stderr);
      assert.doesNotMatch(stderr, /内部错误|ENOENT|EISDIR/);
    }
    assert.deepEqual(readdirSync(folder), []);
    const written = cli('check', SEED_000, '--out', join(folder, 'r.txt'));
    assert.equal(written.code, 1);
    assert.match(written.stdout, /^报告已写入 .*r.txt \/ report written to .*r.txt\n✖ 5 个错误/);
    assert.deepEqual(readdirSync(folder), ['r.txt']);
  });
  it('shows progress on a terminal only', async () => {
    const args = ['check', SEED_003, SEED_000, '--format', 'json'];
    const run = async (tty: boolean) => {
      let err = '';
      await runCli(args, { stdout: () => {}, stderr: (t) => (err += t), stderrIsTTY: tty });
      return err;
    };
    assert.match(await run(true), /读取 2\/2 \/ read 2\/2/);
    assert.equal(await run(false), '');
    assert.equal(cli(...args).stderr, '');
  });
});

describe('budgetlens codes', () => {
  it('looks up in the list written out in full when no --year is given: no incomplete-list note', () => {
    const { code, stdout } = cli('codes', '2010101');
    assert.equal(code, 0);
    assert.match(stdout, /2010101 行政运行/);
    assert.doesNotMatch(stdout, /没有该年度完整科目表/);
    assert.equal(cli('codes', '没有这个科目').code, 1);
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
