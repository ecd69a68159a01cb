/**
 * Recall by injection (docs/recall.md): every document of the seeds, the samples and ../shared/corpus
 * is read once; copies of the model as read, each with one error of a kind real disclosures contain
 * (src/recall/mutations.ts), are checked, and an error counts as found when a new error or warning
 * points at the changed datum. Prints recall per family, per city and overall, and the new findings
 * that point elsewhere (false ones).
 *
 *   node dist/scripts/recall.js [--only city/] [--json out.json] [--per-family N] [--seed S] [--jobs N]
 *                               [--cache DIR]
 *
 * The files of one disclosure (北京's 情况说明 and 报表) are given together, as a user checks them, and
 * joined by the reader, so the narrative is checked against the other file's tables. Each group is
 * read in a child process (`--one FILE`, once per file), as the corpus tally with `--group` does. `--cache DIR`
 * keeps each model as read (scripts/model-cache.ts): a second run re-reads only what the reader's
 * changes make stale, so iterating on the rules costs the checks alone.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupDocuments } from '../src/model/document-set.js';
import type { BudgetDocument } from '../src/model/types.js';
import { readDocument } from '../src/reader.js';
import { FAMILIES } from '../src/recall/mutations.js';
import { type MutationResult, measure } from '../src/recall/score.js';
import { projectRoot, sharedDir } from '../tests/paths.js';
import { disclosureGroups, readCorpusIndex } from './corpus-index.js';
import { ModelCache, readerFingerprint } from './model-cache.js';

/** Where a document's time went: reading it (or loading the model kept by `--cache`), then the checks. */
interface Timing {
  cached: boolean;
  readMs: number;
  checkMs: number;
}

interface DocRecall {
  file: string;
  city: string;
  results: MutationResult[];
  timing?: Timing;
  error?: string;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
// Every option takes a value; anything else (a typo, --help) prints the usage instead of starting
// a run of several minutes.
const VALUE_OPTIONS = new Set(['--only', '--json', '--per-family', '--seed', '--jobs', '--cache', '--one']);
const USAGE =
  '用法 / usage: node dist/scripts/recall.js [--only city/] [--json out.json] [--per-family N] [--seed S] [--jobs N] [--cache DIR]';
for (let i = 0; i < args.length; i += 2) {
  const name = args[i] ?? '';
  if (name === '--help' || name === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (!VALUE_OPTIONS.has(name) || args[i + 1] === undefined) {
    console.error(`未知选项或缺少取值：${name} / unknown option or missing value: ${name}\n${USAGE}`);
    process.exit(2);
  }
}
const perFamily = Number(option('--per-family') ?? 4);
const seed = Number(option('--seed') ?? 13);

/** Files measured together: one disclosure (a single file, or 北京's 情况说明 and 报表). */
interface Disclosure {
  files: string[];
  city: string;
}

/** The disclosures to measure: seeds, samples (PDF), corpus entries; each source skipped visibly when absent. */
function documents(only: string[]): Disclosure[] {
  const out: Disclosure[] = [];
  const seeds = join(projectRoot, 'tests', 'fixtures', 'seeds');
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) out.push({ files: [join(seeds, f)], city: 'seeds' });
  const samples = join(sharedDir, 'samples');
  if (existsSync(samples))
    for (const f of readdirSync(samples).filter((f) => f.endsWith('.pdf')))
      out.push({ files: [join(samples, f)], city: 'samples' });
  else console.error(`跳过样本（${samples} 不存在）/ skipping the samples: ${samples} is missing`);
  const corpus = join(sharedDir, 'corpus');
  const chosen = (d: Disclosure) =>
    only.some((o) => `${d.city}/`.startsWith(o) || relative(corpus, d.files[0] ?? '').startsWith(o));
  if (existsSync(join(corpus, 'INDEX.md')))
    for (const group of disclosureGroups(readCorpusIndex(corpus).entries))
      out.push({ files: group.map((e) => join(corpus, e.file)), city: group[0]?.city ?? '' });
  else console.error(`跳过语料（${corpus} 不存在）/ skipping the corpus: ${corpus} is missing`);
  return only.length === 0 ? out : out.filter(chosen);
}

/** The model as read: from the cache when it holds this file read by this reader, else read (and kept). */
async function modelOf(file: string, cacheDir: string | undefined): Promise<{ doc: BudgetDocument; cached: boolean }> {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const cache = cacheDir
    ? new ModelCache(cacheDir, readerFingerprint(join(here, '..', 'src', 'reader.js'), join(projectRoot, 'package-lock.json')))
    : null;
  const kept = cache?.get(file);
  if (kept) return { doc: kept, cached: true };
  const doc = await readDocument(file);
  cache?.set(file, doc);
  return { doc, cached: false };
}

async function one(files: string[]): Promise<void> {
  try {
    const start = performance.now();
    const models = [];
    for (const file of files) models.push(await modelOf(file, option('--cache')));
    const read = performance.now();
    // The parts of one disclosure are one document, as `check a.pdf b.pdf` reads them.
    const results = groupDocuments(models.map((m) => m.doc)).flatMap((doc) => measure(doc, perFamily, seed));
    const cached = models.every((m) => m.cached);
    const timing: Timing = { cached, readMs: Math.round(read - start), checkMs: Math.round(performance.now() - read) };
    process.stdout.write(JSON.stringify({ results, timing }));
  } catch (error) {
    process.stdout.write(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
  }
}

function child({ files, city }: Disclosure): Promise<DocRecall> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve) => {
    const cache = option('--cache');
    const passed = [
      ...files.flatMap((file) => ['--one', file]),
      '--per-family',
      String(perFamily),
      '--seed',
      String(seed),
      ...(cache ? ['--cache', cache] : []),
    ];
    const proc = spawn(process.execPath, [self, ...passed], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    proc.on('close', (code) => {
      const nameOf = (file: string) =>
        relative(sharedDir, file).startsWith('..') ? relative(projectRoot, file) : relative(sharedDir, file);
      const name = files.map(nameOf).join(' + ');
      try {
        const parsed = JSON.parse(out) as { results: MutationResult[]; timing: Timing } | { error: string };
        resolve('error' in parsed ? { file: name, city, results: [], ...parsed } : { file: name, city, ...parsed });
      } catch {
        resolve({ file: name, city, results: [], error: `exit ${code}` });
      }
    });
  });
}

const pct = (found: number, all: number) => (all === 0 ? '–' : `${((100 * found) / all).toFixed(1)}% (${found}/${all})`);

function table(rows: Array<[string, MutationResult[]]>): string[] {
  const lines = [
    `| | ${FAMILIES.join(' | ')} | all | false new findings |`,
    `|---|${FAMILIES.map(() => '---|').join('')}---|---|`,
  ];
  for (const [name, results] of rows) {
    const cells = FAMILIES.map((f) => {
      const of = results.filter((r) => r.family === f);
      return pct(of.filter((r) => r.found).length, of.length);
    });
    const stray = results.reduce((n, r) => n + r.stray.length, 0);
    lines.push(`| ${name} | ${cells.join(' | ')} | ${pct(results.filter((r) => r.found).length, results.length)} | ${stray} |`);
  }
  return lines;
}

async function main(): Promise<void> {
  const oneFiles = args.flatMap((a, i) => (args[i - 1] === '--one' ? [a] : []));
  if (oneFiles.length > 0) return one(oneFiles);
  const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
  const jobs = Number(option('--jobs') ?? 2);
  const docs = documents(only);
  const start = performance.now();
  const done: DocRecall[] = new Array(docs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, docs.length) }, async () => {
      while (next < docs.length) {
        const i = next++;
        done[i] = await child(docs[i] as Disclosure);
        process.stderr.write('.');
      }
    }),
  );
  process.stderr.write('\n');
  const all = done.flatMap((d) => d.results);
  const cities = [...new Set(done.map((d) => d.city))];
  const timed = done.flatMap((d) => (d.timing ? [d.timing] : []));
  const seconds = (ms: number) => Math.round(ms / 1000);
  const readMs = timed.reduce((n, t) => n + t.readMs, 0);
  const checkMs = timed.reduce((n, t) => n + t.checkMs, 0);
  const lines = [
    `${docs.length} documents, ${all.length} mutations (≤ ${perFamily} per family and document, seed ${seed}), ${seconds(performance.now() - start)} s with ${jobs} job(s)`,
    `时间 / time: 读取 reading ${seconds(readMs)} s (${timed.filter((t) => t.cached).length} 份取自缓存 / from the cache), 核查 checking ${seconds(checkMs)} s (summed over the documents; load average ${loadavg()[0]?.toFixed(1)})`,
    '',
    ...table([
      ...cities.map((c) => [c, done.filter((d) => d.city === c).flatMap((d) => d.results)] as [string, MutationResult[]]),
      ['**all**', all],
      ['all, knowable', all.filter((r) => r.knowable)],
    ]),
  ];
  const failed = done.filter((d) => d.error);
  if (failed.length > 0) lines.push('', `Not measured: ${failed.map((d) => `${d.file} (${d.error})`).join(', ')}`);
  const missed = new Map<string, number>();
  for (const r of all.filter((r) => !r.found)) missed.set(r.family, (missed.get(r.family) ?? 0) + 1);
  const strayRules = new Map<string, number>();
  for (const s of all.flatMap((r) => r.stray)) strayRules.set(s.rule, (strayRules.get(s.rule) ?? 0) + 1);
  lines.push('', `False new findings by rule: ${[...strayRules].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  console.log(lines.join('\n'));
  const json = option('--json');
  if (json) writeFileSync(json, JSON.stringify({ perFamily, seed, documents: done }, null, 1));
}

await main();
