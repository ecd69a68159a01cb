/**
 * The HTTP API's latency on a full store (issue 15: p95 under 100 ms for browse and comparison
 * queries at 10,000 documents), and what the HTTP layer adds to the store's time. Each request is
 * made three ways, interleaved round by round so that the machine's load falls on all three alike:
 *
 * - `store`: the query function the route calls, with the same arguments, alone;
 * - `app`: the route answered in process (`app.request`: validation, the query, the table, JSON);
 * - `http`: the same over a real socket to a listening server (`fetch` on loopback).
 *
 * The HTTP layer's cost is `http` − `store`. Nothing is cached between requests: the routes call
 * the store every time (the app keeps uploads' reports only), and each answer is read to its end.
 *
 * The client is `node:http` with Node's own agent. What a request with no store work costs was
 * measured three ways in one process against this app (GET /api/health, 40 rounds, load 17, three
 * runs): in process (Hono, validation, JSON) p50 0.8–0.9 ms; over HTTP with `node:http` 1.8–5.4 ms,
 * with a kept-alive agent of one socket 6–14 ms, with `fetch` (undici) 10–16 ms (p95 18–44 ms
 * every way): the rest is the client and the event loop's wake-ups waiting for a core, not the
 * server. The floor is printed with `fetch` as well.
 *
 *   node dist/bench/api-latency.js --db <file.duckdb|postgres://…> [--rounds 20]
 *
 * on a store made by `node dist/bench/store.bench.js --docs 10000 --keep` (which also runs this on
 * the store it fills, at its `--docs` count).
 */
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { regionOf } from '../src/model/region.js';
import type { BudgetDocument } from '../src/model/types.js';
import { browseDocuments, facets } from '../src/query/browse.js';
import { codeAcrossPage } from '../src/query/code-across.js';
import { departmentYears } from '../src/query/department-years.js';
import { sideBySide } from '../src/query/side-by-side.js';
import { createServerApp } from '../src/server/app.js';
import { MAX_PAGE_SIZE } from '../src/server/routes/corpus.js';
import { openStore, parseTarget } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';

const TARGET_MS = 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

type Sample = Pick<BudgetDocument, 'department' | 'title' | 'year'>;

/** One request: its label, its path, and the store call its route makes. */
interface Probe {
  label: string;
  path: string;
  store: () => Promise<unknown>;
}

function probes(store: Store, sample: Sample, code: string): Probe[] {
  const department = sample.department ?? sample.title;
  const region = regionOf(sample.department, sample.title)?.name;
  const year = sample.year ?? undefined;
  // A parameter the sample has no value for is left out, as the page leaves it out.
  const q = (params: Record<string, string | number | undefined>) =>
    new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();
  const namePart = department.slice(-3);
  return [
    { label: 'browse: first page', path: '/api/corpus/documents', store: () => browseDocuments(store, {}, 1, 50) },
    { label: 'browse: filters offered', path: '/api/corpus/facets', store: () => facets(store) },
    {
      label: 'browse: a region and year, page 3',
      path: `/api/corpus/documents?${q({ region, year, page: 3 })}`,
      store: () => browseDocuments(store, { region, year }, 3, 50),
    },
    {
      label: 'browse: department name search',
      path: `/api/corpus/documents?${q({ department: namePart })}`,
      store: () => browseDocuments(store, { department: namePart }, 1, 50),
    },
    {
      label: `browse: code ${code} search`,
      path: `/api/corpus/documents?${q({ code })}`,
      store: () => browseDocuments(store, { code }, 1, 50),
    },
    {
      label: 'compare: department across years',
      path: `/api/compare/department?${q({ department })}`,
      store: () => departmentYears(store, department),
    },
    {
      label: 'compare: region side by side',
      path: `/api/compare/region?${q({ region, year })}`,
      store: () => sideBySide(store, { region, year }),
    },
    {
      label: `compare: code ${code} (first page)`,
      path: `/api/compare/code?${q({ code })}`,
      // The route's first page (of MAX_PAGE_SIZE documents, cut by the query), not the whole answer.
      store: () => codeAcrossPage(store, code, {}, { offset: 0, limit: MAX_PAGE_SIZE }),
    },
  ];
}

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};
const ms = (n: number) => `${n.toFixed(1).padStart(6)} ms`;

/** GET, the answer read to its end; refused unless 200. */
function httpGet(url: string): Promise<void> {
  return new Promise((done, fail) => {
    get(url, (answer) => {
      answer.on('data', () => {});
      answer.on('end', () => (answer.statusCode === 200 ? done() : fail(new Error(`${url}: ${answer.statusCode}`))));
      answer.on('error', fail);
    }).on('error', fail);
  });
}

export async function apiLatency(name: string, store: Store, sample: Sample, code: string, rounds = 20): Promise<void> {
  const server = createServerApp({ jobs: 1, store });
  const http = await new Promise<ReturnType<typeof serve>>((done) => {
    const started = serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port: 0 }, () => done(started));
  });
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const [count] = await store.query('SELECT COUNT(*) AS n FROM documents');
  console.log(
    `\n== ${name}: API latency at ${count?.n} documents, ${rounds} rounds after one warm-up; each round: the store call alone, the route in process, the route over HTTP ==`,
  );
  const timed = async (work: () => Promise<unknown>) => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  const read = async (response: Response | Promise<Response>) => {
    const answer = await response;
    await answer.arrayBuffer();
    if (answer.status !== 200) throw new Error(`${answer.url}: ${answer.status}`);
  };
  const overheads: number[] = [];
  try {
    // The floor: a request with no store work (GET /api/health), in process and over HTTP.
    const floor = { app: [] as number[], http: [] as number[], fetch: [] as number[] };
    for (let i = 0; i <= rounds; i++) {
      const app = await timed(() => read(server.app.request('/api/health')));
      const over = await timed(() => httpGet(`${url}/api/health`));
      const fetched = await timed(() => read(fetch(`${url}/api/health`)));
      if (i === 0) continue; // the warm-up
      floor.app.push(app);
      floor.http.push(over);
      floor.fetch.push(fetched);
    }
    const [fa, fh, ff] = [stats(floor.app), stats(floor.http), stats(floor.fetch)];
    console.log(
      `${name}: no store work (GET /api/health): in process p50 ${ms(fa.p50)} p95 ${ms(fa.p95)}, over HTTP p50 ${ms(fh.p50)} p95 ${ms(fh.p95)} ` +
        `(with fetch as the client: p50 ${ms(ff.p50)} p95 ${ms(ff.p95)})`,
    );
    for (const probe of probes(store, sample, code)) {
      const ways = {
        store: probe.store,
        app: () => read(server.app.request(probe.path)),
        http: () => httpGet(`${url}${probe.path}`),
      };
      for (const way of Object.values(ways)) await way();
      const times = { store: [] as number[], app: [] as number[], http: [] as number[] };
      for (let i = 0; i < rounds; i++)
        for (const [way, work] of Object.entries(ways)) times[way as keyof typeof times].push(await timed(work));
      const [s, a, h] = [stats(times.store), stats(times.app), stats(times.http)];
      const added = times.http.map((t, i) => t - (times.store[i] ?? 0));
      overheads.push(...added);
      console.log(
        `${name}: ${probe.label}: p95 store ${ms(s.p95)}, in process ${ms(a.p95)}, over HTTP ${ms(h.p95)}; ` +
          `p50 ${ms(s.p50)} / ${ms(a.p50)} / ${ms(h.p50)}; HTTP adds p50 ${ms(stats(added).p50)} ` +
          `(target p95 < ${TARGET_MS} ms over HTTP)  ${h.p95 < TARGET_MS ? 'ok' : 'MISSED'}`,
      );
    }
    const all = stats(overheads);
    console.log(
      `${name}: what the HTTP layer adds (over HTTP − the store call, same round), all requests: p50 ${ms(all.p50)}, p95 ${ms(all.p95)}`,
    );
  } finally {
    await new Promise<void>((done) => http.close(() => done()));
    await server.close();
  }
}

/** The 项 code the most documents print (the heaviest code to compare), the same on both engines. */
export async function sampleCode(store: Store): Promise<string> {
  const [coded] = await store.query(
    "SELECT code FROM doc_lines WHERE code LIKE '2%' AND level = 3 GROUP BY code ORDER BY COUNT(DISTINCT document_id) DESC, code LIMIT 1",
  );
  return String(coded?.code ?? '2010101');
}

/** The store's first document: the department, region and year the requests ask for. */
export async function sampleDocument(store: Store): Promise<Sample> {
  const [first] = await store.query('SELECT department, title, year FROM documents ORDER BY id LIMIT 1');
  return {
    department: first?.department === null || first?.department === undefined ? null : String(first.department),
    title: String(first?.title ?? ''),
    year: first?.year === null || first?.year === undefined ? null : Number(first.year),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = (flag: string) => process.argv[process.argv.indexOf(flag) + 1];
  const db = process.argv.includes('--db') ? at('--db') : undefined;
  if (!db) {
    console.error('usage: node dist/bench/api-latency.js --db <file.duckdb|postgres://…> [--rounds N]');
    process.exit(2);
  }
  const rounds = process.argv.includes('--rounds') ? Number(at('--rounds')) : 20;
  const store = await openStore(parseTarget(db));
  try {
    await apiLatency(store.dialect, store, await sampleDocument(store), await sampleCode(store), rounds);
  } finally {
    await store.close();
  }
}
