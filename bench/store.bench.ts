/**
 * The store, measured as issue 17 asks:
 *
 * - `ingest` of corpus files with `--jobs 1` and `--jobs 2` (target: ≥ 1.7× on 2 cores), beside
 *   `check` of the same files in the same run; the store's share of ingest time, ingest against
 *   check with one job (target: ≤ 10% over reading alone).
 * - N document models (default 10,000: the seeds' and the corpus files', read once, replicated
 *   under new sha256s, department names and years so that reading is not what is measured: a
 *   synthetic store, not 10,000 real disclosures) stored in DuckDB and in PostgreSQL through the
 *   store's own write (putDocuments: the put of ingest, `--batch` documents a transaction, Appender
 *   or COPY; target: under 5 minutes each), the resident size sampled as it goes (target: flat).
 * - The comparisons of `compare` and `query` over all of them (target: under 1 s each): one
 *   department across years, a region's departments side by side, one code, the prior-year rule.
 * - The HTTP API on that store (issue 15; bench/api-latency.ts): browse and comparison requests,
 *   p95 of 20 each over HTTP (target: under 100 ms), beside the store call alone (what HTTP adds).
 *
 *   node dist/bench/store.bench.js [--docs N] [--files N per city] [--pg postgres://…] [--skip-ingest] [--keep] [--rounds 20]
 *     [--batch 200] [--cache DIR (models as read, recall.js's cache)]
 *   node dist/bench/store.bench.js --queries <file.duckdb|postgres://…>
 *
 * `--only duckdb|postgres` stores into one engine only. `--keep` leaves the stores made (the DuckDB file, the PostgreSQL database) and prints where they
 * are; `--queries` times only the comparisons on such a store, for EXPLAIN ANALYZE and its fixes.
 *
 * PostgreSQL is measured when --pg or BUDGETLENS_TEST_PG names a server (a fresh database is
 * made in it and dropped after); otherwise that line says it was skipped.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModelCache, readerFingerprint } from '../scripts/model-cache.js';
import { checkDocument } from '../src/check.js';
import { regionOf } from '../src/model/region.js';
import type { BudgetDocument, Finding } from '../src/model/types.js';
import { codeAcross } from '../src/query/code-across.js';
import { departmentYears } from '../src/query/department-years.js';
import { priorYearFindings } from '../src/query/prior-year.js';
import { sideBySide } from '../src/query/side-by-side.js';
import { readDocuments } from '../src/read-many.js';
import { readText } from '../src/reader.js';
import { profileFor } from '../src/rules/profiles.js';
import { openStore, parseTarget, type Target } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { projectRoot, sharedDir } from '../tests/paths.js';
import { apiLatency, sampleCode, sampleDocument } from './api-latency.js';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const DOCS = Number(option('--docs', '10000'));
const FILES_PER_CITY = Number(option('--files', '2'));
const PG = option('--pg', process.env.BUDGETLENS_TEST_PG ?? '');
const KEEP = process.argv.includes('--keep');
const ONLY = option('--only', '');
const QUERIES = option('--queries', '');
const ROUNDS = Number(option('--rounds', '20'));
/** Documents per transaction when storing the replicas (putDocuments: one flush or COPY per table per batch). */
const BATCH = Math.max(1, Number(option('--batch', '200')));
/** A folder of models as read (scripts/model-cache.ts, as recall.js --cache keeps them), only read: a corpus file in it is not read again. */
const CACHE = option('--cache', '');
const MEASURE = fileURLToPath(new URL('./measure.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-store-bench-'));
if (KEEP) console.log(`stores kept in ${scratch} (DuckDB) and in the PostgreSQL database named below`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

function measure(args: string[]): Run {
  const start = performance.now();
  const result = spawnSync(process.execPath, [MEASURE, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  const last = result.stdout.trim().split('\n').pop() ?? '';
  try {
    return { wallMs, ...(JSON.parse(last) as Omit<Run, 'wallMs'>) };
  } catch {
    throw new Error(`${args.join(' ')}: no measurement (exit ${result.status}): ${result.stderr.slice(-400)}`);
  }
}

function corpusFiles(): string[] {
  const dir = join(sharedDir, 'corpus');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((city) =>
      readdirSync(join(dir, city.name))
        .filter((f) => f.endsWith('.pdf'))
        .sort()
        .slice(0, FILES_PER_CITY)
        .map((f) => join(dir, city.name, f)),
    );
}

function ingestThroughput(files: string[]): void {
  console.log(`\n== ingest of ${files.length} corpus files (${FILES_PER_CITY} per city), beside check; load ${load()} ==`);
  let n = 0;
  const ingest = (jobs: number) =>
    measure(['ingest', ...files, '--jobs', String(jobs), '--db', join(scratch, `ingest-${++n}.duckdb`)]);
  const check = (jobs: number) => measure(['check', ...files, '--jobs', String(jobs)]);
  const runs = { check1: check(1), ingest1: ingest(1), check2: check(2), ingest2: ingest(2) };
  for (const [name, run] of Object.entries(runs))
    console.log(
      `${name.padEnd(8)} ${(run.wallMs / 1000).toFixed(2).padStart(8)} s wall  ${(run.cpuMs / 1000).toFixed(2).padStart(8)} s cpu  ${run.maxRssMb.toFixed(0).padStart(5)} MB`,
    );
  const speedup = runs.ingest1.wallMs / runs.ingest2.wallMs;
  const share = (runs.ingest1.wallMs - runs.check1.wallMs) / runs.check1.wallMs;
  // CPU time of all the process's threads (DuckDB's included): steadier than wall time on a loaded machine.
  const cpuShare = (runs.ingest1.cpuMs - runs.check1.cpuMs) / runs.check1.cpuMs;
  console.log(
    `ingest --jobs 2 vs --jobs 1: ${speedup.toFixed(2)}× (target ≥ 1.7× on 2 cores; ${availableParallelism()} cores here)  ${speedup >= 1.7 ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `store's share, ingest over check (--jobs 1): ${(share * 100).toFixed(1)}% wall, ${(cpuShare * 100).toFixed(1)}% cpu (target ≤ 10%)  ${share <= 0.1 ? 'ok' : 'MISSED'}`,
  );
}

interface Model {
  doc: BudgetDocument;
  findings: Finding[];
  profile: string;
}

async function models(files: string[]): Promise<Model[]> {
  const seedDir = join(projectRoot, 'tests', 'fixtures', 'seeds');
  const docs = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readText(readFileSync(join(seedDir, f), 'utf8'), join(seedDir, f), 'seed'));
  const cache = CACHE
    ? new ModelCache(
        CACHE,
        readerFingerprint(fileURLToPath(new URL('../src/reader.js', import.meta.url)), join(projectRoot, 'package-lock.json')),
      )
    : null;
  const cached = files.map((f) => cache?.get(f) ?? null);
  const toRead = files.filter((_, i) => cached[i] === null);
  for (const doc of cached) if (doc) docs.push(doc);
  for (const outcome of await readDocuments(toRead, { jobs: 2 })) if (!outcome.error) docs.push(outcome.result.doc);
  if (cache) console.log(`models: ${files.length - toRead.length} of ${files.length} corpus files from ${CACHE}`);
  return docs.map((doc) => {
    const profile = profileFor(doc).id;
    return { doc, findings: checkDocument(doc, { profile }).findings, profile };
  });
}

/**
 * The i-th copy of a model, under new sha256s. Copies are spread over departments and years as a
 * city's corpus is: every fifth copy is the same department one year earlier, so that the
 * comparisons across years and across departments have real work to do.
 */
function replica(model: Model, i: number, models: number): BudgetDocument {
  const hash = (k: number) => createHash('sha256').update(`${i}:${k}`).digest('hex');
  const doc = model.doc;
  const copy = Math.floor(i / models);
  return {
    ...doc,
    department: `${doc.department ?? doc.title}${Math.floor(copy / YEARS) || ''}`,
    year: (doc.year ?? 2026) - (copy % YEARS),
    source: { ...doc.source, sha256: hash(0) },
    ...(doc.parts ? { parts: doc.parts.map((p, k) => ({ ...p, sha256: hash(k) })) } : {}),
  };
}

const YEARS = 5;

/** The comparisons of `compare` and `query`, each timed on the full store. */
async function comparisons(
  name: string,
  store: Store,
  sample: Pick<BudgetDocument, 'department' | 'title' | 'year'>,
): Promise<void> {
  const timed = async (label: string, run: () => Promise<string>) => {
    const start = performance.now();
    const what = await run();
    const ms = performance.now() - start;
    console.log(`${name}: ${label}: ${what}, ${ms.toFixed(0)} ms (target < 1 s)  ${ms < 1000 ? 'ok' : 'MISSED'}`);
  };
  const department = sample.department ?? sample.title;
  const region = regionOf(sample.department, sample.title)?.name;
  const code = await sampleCode(store);
  await timed(`one department across years (${department})`, async () => {
    const r = await departmentYears(store, department);
    return `${r.years.length} years, ${r.lines.length} lines`;
  });
  await timed(`the departments of ${region ?? 'the store'} side by side, ${sample.year}`, async () => {
    const r = await sideBySide(store, { region, year: sample.year ?? undefined });
    return `${r.departments.length} departments`;
  });
  await timed(`code ${code} across the store`, async () => `${(await codeAcross(store, code)).spending.length} documents`);
  await timed('the prior-year rule over the store', async () => `${(await priorYearFindings(store)).length} findings`);
  await apiLatency(name, store, sample, code, ROUNDS);
}

async function storeMany(name: string, target: Target, all: Model[]): Promise<void> {
  const store = await openStore(target);
  const rss = () => process.memoryUsage().rss / 2 ** 20;
  const heap = () => process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`\n== ${DOCS} documents into ${name} (${all.length} models replicated, ${BATCH} a transaction); load ${load()} ==`);
  const start = performance.now();
  let firstRss = 0;
  let lastRss = 0;
  const tenth = Math.max(1, Math.floor(DOCS / 10));
  for (let from = 0; from < DOCS; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, DOCS - from) }, (_, k) => {
      const model = all[(from + k) % all.length] as Model;
      return { doc: replica(model, from + k, all.length), findings: model.findings, options: { profile: model.profile } };
    });
    await store.putDocuments(batch);
    const i = from + batch.length - 1;
    if (Math.floor((i + 1) / tenth) > Math.floor(from / tenth)) {
      lastRss = rss();
      if (firstRss === 0) firstRss = lastRss;
      // Printed as it goes: a run that is slower than expected shows where it is.
      console.log(
        `  ${i + 1}: ${((performance.now() - start) / 1000).toFixed(1)} s, resident ${lastRss.toFixed(0)} MB, JS heap ${heap().toFixed(0)} MB, load ${load()}`,
      );
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const [cells] = await store.query('SELECT COUNT(*) AS n FROM cells');
  const growth = lastRss / (firstRss || 1);
  console.log(
    `${name}: ${seconds.toFixed(1)} s, ${(DOCS / seconds).toFixed(0)} documents/s, ${cells?.n} cells (target: ${DOCS} in under 300 s)  ${seconds < 300 ? 'ok' : 'MISSED'}`,
  );
  console.log(`${name}: resident size ${growth.toFixed(2)}× from the first tenth to the end (target: flat)`);
  try {
    await comparisons(name, store, (all[0] as Model).doc);
  } finally {
    await store.close();
  }
}

async function postgresTarget(): Promise<{ target: Target; drop: () => Promise<void> } | null> {
  if (!PG) return null;
  const pg = (await import('pg')).default;
  const name = `budgetlens_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(PG);
  url.pathname = `/${name}`;
  if (KEEP) console.log(`PostgreSQL: kept in ${url}`);
  return {
    target: { dialect: 'postgres', url: url.toString() },
    drop: () => (KEEP ? Promise.resolve() : admin(`DROP DATABASE ${name} WITH (FORCE)`)),
  };
}

/** The comparisons alone, on a store made before (`--keep`), its first document as the sample. */
async function queriesOnly(db: string): Promise<void> {
  const store = await openStore(parseTarget(db));
  try {
    console.log(`== the comparisons on ${store.location}; load ${load()} ==`);
    await comparisons(store.dialect, store, await sampleDocument(store));
  } finally {
    await store.close();
  }
}

if (QUERIES) {
  rmSync(scratch, { recursive: true, force: true });
  await queriesOnly(QUERIES);
  process.exit(0);
}

try {
  const files = corpusFiles();
  if (files.length === 0)
    console.log(`corpus ingest: skipped (no corpus PDF under ${join(sharedDir, 'corpus')} with --files ${FILES_PER_CITY})`);
  else if (!process.argv.includes('--skip-ingest')) ingestThroughput(files);
  const all = await models(files);
  if (ONLY !== 'postgres') await storeMany('DuckDB', { dialect: 'duckdb', path: join(scratch, 'many.duckdb') }, all);
  const pg = ONLY === 'duckdb' ? null : await postgresTarget();
  if (!pg) console.log('\nPostgreSQL: skipped (no --pg and no BUDGETLENS_TEST_PG; scripts/test-postgres.sh starts one)');
  else {
    try {
      await storeMany('PostgreSQL', pg.target, all);
    } finally {
      await pg.drop();
    }
  }
} finally {
  if (!KEEP) rmSync(scratch, { recursive: true, force: true });
}
