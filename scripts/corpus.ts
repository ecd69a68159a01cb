/**
 * The corpus tally (`npm run corpus`): every document of ../shared/corpus read and checked as a
 * user would (`check` on each file), counted per city and overall — documents read, tables by kind
 * and `unknown`, errors and warnings per document, the top rules — and written as Markdown.
 *
 *   node dist/scripts/corpus.js [--jobs N] [--only beijing/…] [--out FILE.md] [--json FILE.json]
 *                               [--compare PREVIOUS.json] [--group]
 *
 * `--group` gives the files INDEX.md lists for one department, year and phase together, as a user
 * checking 北京's 附件1 情况说明 with its 附件2 报表 would (`check a.pdf b.pdf`): the reader joins the
 * parts of one disclosure, and each document it makes is counted once (its `file` names its files).
 *
 * Each file is read in a child process of its own (this script with `--one FILE`), so one bad file
 * cannot stop the tally. `--json` keeps every document's tables and findings for `--compare`, which
 * prints what changed per document between two runs (run it before and after a reader change).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocument } from '../src/check.js';
import { groupDocuments } from '../src/model/document-set.js';
import type { BudgetDocument } from '../src/model/types.js';
import { readDocument } from '../src/reader.js';
import { InputError } from '../src/source/errors.js';
import { sharedDir } from '../tests/paths.js';
import { type CorpusEntry, disclosureGroups, readCorpusIndex } from './corpus-index.js';

/** What one document gave: how it ended, its tables and its findings. */
export interface DocResult {
  file: string;
  city: string;
  /** `read` (exit 0/1), `refused` (exit 2 with a message), `internal` (a defect), `crashed`. */
  status: 'read' | 'refused' | 'internal' | 'crashed';
  message?: string;
  ms: number;
  tables: { kind: string; title: string; page?: number }[];
  findings: { rule: string; severity: string; message: string; page?: number; line?: number }[];
}

const corpusDir = join(sharedDir, 'corpus');

type OneResult = Omit<DocResult, 'city'>;

function readResult(doc: BudgetDocument, ms: number): OneResult {
  const { findings } = checkDocument(doc);
  const files = doc.parts?.map((p) => p.file) ?? [doc.source.file];
  return {
    file: files.map((f) => relative(corpusDir, f)).join(' + '),
    status: 'read',
    ms,
    tables: doc.tables.map((t) => ({ kind: t.kind, title: t.title, page: t.source.page })),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      page: f.source?.page,
      line: f.source?.line,
    })),
  };
}

/** Read and check files given together: one result per document the reader makes of them, and per file it cannot read. */
async function readFiles(files: string[]): Promise<OneResult[]> {
  const start = performance.now();
  const docs: BudgetDocument[] = [];
  const failed: OneResult[] = [];
  for (const file of files) {
    const base = { file: relative(corpusDir, file), tables: [], findings: [] };
    try {
      docs.push(await readDocument(file));
    } catch (error) {
      const ms = Math.round(performance.now() - start);
      if (error instanceof InputError) failed.push({ ...base, status: 'refused', message: error.zh, ms });
      else failed.push({ ...base, status: 'internal', message: error instanceof Error ? error.message : String(error), ms });
    }
  }
  const ms = Math.round(performance.now() - start);
  return [...groupDocuments(docs).map((doc) => readResult(doc, ms)), ...failed];
}

function runChild(group: CorpusEntry[]): Promise<DocResult[]> {
  const self = fileURLToPath(import.meta.url);
  const entry = group[0] as CorpusEntry;
  const files = group.flatMap((e) => ['--one', join(corpusDir, e.file)]);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [self, ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('close', (code) => {
      try {
        resolve((JSON.parse(out) as OneResult[]).map((r) => ({ ...r, city: entry.city })));
      } catch {
        const message = `exit ${code}: ${err.trim().split('\n').slice(-1)[0] ?? ''}`;
        resolve([
          {
            file: group.map((e) => e.file).join(' + '),
            city: entry.city,
            status: 'crashed',
            message,
            ms: 0,
            tables: [],
            findings: [],
          },
        ]);
      }
    });
  });
}

async function runAll(groups: CorpusEntry[][], jobs: number, onDone: (r: DocResult[]) => void): Promise<DocResult[]> {
  const results: DocResult[][] = new Array(groups.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < groups.length) {
      const index = next++;
      const result = await runChild(groups[index] as CorpusEntry[]);
      results[index] = result;
      onDone(result);
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, groups.length) }, worker));
  return results.flat();
}

/** Entries one by one, or (`--group`) the entries of one department, year and phase together. */
function groupsOf(entries: CorpusEntry[], together: boolean): CorpusEntry[][] {
  return together ? disclosureGroups(entries) : entries.map((e) => [e]);
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function top(counts: Map<string, number>, n: number): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

function perDoc(total: number, docs: number): string {
  return docs === 0 ? '–' : (total / docs).toFixed(1);
}

/** One Markdown row of figures for a group of documents. */
function tallyRow(name: string, results: DocResult[]): string {
  const read = results.filter((r) => r.status === 'read');
  const refused = results.filter((r) => r.status === 'refused').length;
  const internal = results.filter((r) => r.status === 'internal' || r.status === 'crashed').length;
  const tables = read.flatMap((r) => r.tables);
  const unknown = tables.filter((t) => t.kind === 'unknown').length;
  const findings = read.flatMap((r) => r.findings);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return `| ${name} | ${results.length} | ${read.length} | ${refused} | ${internal} | ${tables.length} | ${unknown} | ${perDoc(errors.length, read.length)} | ${perDoc(warnings.length, read.length)} | ${top(
    countBy(errors, (f) => f.rule),
    3,
  )} |`;
}

export function tallyMarkdown(results: DocResult[], cities: Map<string, string>): string {
  const lines: string[] = [];
  lines.push(
    '| city | documents | read | refused | internal error | tables | unknown | errors / doc | warnings / doc | top error rules |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const [folder, name] of cities) {
    const group = results.filter((r) => r.city === folder);
    if (group.length > 0) lines.push(tallyRow(name, group));
  }
  lines.push(tallyRow('**all**', results));
  const read = results.filter((r) => r.status === 'read');
  const findings = read.flatMap((r) => r.findings);
  lines.push('');
  lines.push(
    `Tables by kind: ${top(
      countBy(
        read.flatMap((r) => r.tables),
        (t) => t.kind,
      ),
      40,
    )}.`,
  );
  lines.push('');
  lines.push(
    `Error rules: ${top(
      countBy(
        findings.filter((f) => f.severity === 'error'),
        (f) => f.rule,
      ),
      20,
    )}.`,
  );
  lines.push('');
  lines.push(
    `Warning rules: ${top(
      countBy(
        findings.filter((f) => f.severity === 'warning'),
        (f) => f.rule,
      ),
      20,
    )}.`,
  );
  const failed = results.filter((r) => r.status !== 'read');
  if (failed.length > 0) {
    lines.push('');
    lines.push('Not read:');
    lines.push('');
    for (const r of failed) lines.push(`- ${r.file}: ${r.status} — ${r.message ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** What changed per document between two runs: status, table kinds, error and warning counts. */
export function compareRuns(before: DocResult[], after: DocResult[]): string[] {
  const old = new Map(before.map((r) => [r.file, r]));
  const lines: string[] = [];
  const count = (r: DocResult | undefined, severity: string) => r?.findings.filter((f) => f.severity === severity).length ?? 0;
  const kinds = (r: DocResult | undefined) => (r?.tables.map((t) => t.kind) ?? []).sort().join(' ');
  for (const now of after) {
    const was = old.get(now.file);
    const changes: string[] = [];
    if (was?.status !== now.status) changes.push(`status ${was?.status ?? '–'} → ${now.status}`);
    if (kinds(was) !== kinds(now)) {
      const a = countBy(was?.tables ?? [], (t) => t.kind);
      const b = countBy(now.tables, (t) => t.kind);
      const diff = [...new Set([...a.keys(), ...b.keys()])]
        .filter((k) => a.get(k) !== b.get(k))
        .map((k) => `${k} ${a.get(k) ?? 0}→${b.get(k) ?? 0}`);
      changes.push(`tables ${diff.join(', ')}`);
    }
    for (const severity of ['error', 'warning']) {
      if (count(was, severity) !== count(now, severity))
        changes.push(`${severity}s ${count(was, severity)} → ${count(now, severity)}`);
    }
    if (changes.length > 0) lines.push(`${now.file}: ${changes.join('; ')}`);
  }
  return lines;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const ones = args.filter((_a, i) => args[i - 1] === '--one');
  if (ones.length > 0) {
    process.stdout.write(JSON.stringify(await readFiles(ones)));
    return;
  }
  if (!existsSync(join(corpusDir, 'INDEX.md'))) {
    console.log(`corpus tally skipped: ${corpusDir} is missing (it lives in ../shared beside the clone)`);
    return;
  }
  const { entries, cities } = readCorpusIndex(corpusDir);
  const only = args.filter((_a, i) => args[i - 1] === '--only');
  const chosen = only.length > 0 ? entries.filter((e) => only.some((o) => e.file.startsWith(o))) : entries;
  const jobs = Number(option(args, '--jobs') ?? availableParallelism());
  const started = performance.now();
  let done = 0;
  const groups = groupsOf(chosen, args.includes('--group'));
  const results = await runAll(groups, jobs, (r) => {
    done++;
    if (process.stderr.isTTY) process.stderr.write(`\r${done}/${groups.length} ${(r[0]?.file ?? '').padEnd(50).slice(0, 50)}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const markdown = `${tallyMarkdown(results, cities)}\n${results.length} documents from ${chosen.length} files in ${seconds} s with ${jobs} jobs.\n`;
  const out = option(args, '--out');
  if (out) writeFileSync(out, markdown);
  process.stdout.write(markdown);
  const json = option(args, '--json');
  if (json) writeFileSync(json, `${JSON.stringify(results, null, 1)}\n`);
  const previous = option(args, '--compare');
  if (previous) {
    const changes = compareRuns(JSON.parse(readFileSync(previous, 'utf8')) as DocResult[], results);
    process.stdout.write(`\nChanged since ${previous}:\n${changes.join('\n') || '(nothing)'}\n`);
  }
}

await main(process.argv.slice(2));
