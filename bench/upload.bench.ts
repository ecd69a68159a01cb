/**
 * Upload to report (issue 15): the time from the start of POST /api/documents with a 30-page PDF
 * to the report page's data (GET /api/documents/{id}) answered, on a serve with its DuckDB store
 * (the document checked, stored, its report kept), beside the command line's `check` of the same
 * file (a process of its own, as a user runs it) in the same run, interleaved; medians. Target:
 * upload to report no more than check + 0.5 s. Each upload goes to a fresh store (so the document
 * is stored, not found), on a serve warmed by one small upload first (a serve runs for long).
 *
 *   node dist/bench/upload.bench.js [--repeat N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/server/serve.js';
import { projectRoot, sharedDir } from '../tests/paths.js';

const repeatAt = process.argv.indexOf('--repeat');
const REPEAT = repeatAt > 0 ? Math.max(1, Number(process.argv[repeatAt + 1]) || 1) : 3;
const MEASURE = fileURLToPath(new URL('./measure.js', import.meta.url));
const PDF30 = join(sharedDir, 'samples', 'shanghai-putuo-planning-bureau-2024-final-account.pdf');
const WARM = join(projectRoot, 'tests', 'fixtures', 'pdf', 'unruled-table.pdf');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

interface Timed {
  wallMs: number;
  /** CPU of every thread of the process: check's own, or the serve's (reader threads included). */
  cpuMs: number;
}

function cliCheck(file: string): Timed {
  const start = performance.now();
  const result = spawnSync(process.execPath, [MEASURE, 'check', '--jobs', '1', '--format', 'json', file], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (result.error || result.status === null || result.status > 1) throw new Error(`check failed: ${result.stderr.slice(-500)}`);
  // measure.js's last line: what the process measured of itself (a check that did not run has none).
  const { code, cpuMs } = JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as { code: number; cpuMs: number };
  if (code > 1) throw new Error(`check exited ${code}: ${result.stderr.slice(-500)}`);
  return { wallMs, cpuMs };
}

async function post(url: string, file: string): Promise<{ id: string; stored: { new: boolean } | null }> {
  const form = new FormData();
  form.append('files', new Blob([readFileSync(file)]), basename(file));
  const response = await fetch(`${url}/api/documents`, { method: 'POST', body: form });
  if (response.status !== 200) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  return response.json() as Promise<{ id: string; stored: { new: boolean } | null }>;
}

async function uploadToReport(file: string): Promise<Timed> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-upload-bench-'));
  const running = await startServer({ host: '127.0.0.1', port: 0, token: null, jobs: 1, db: join(dir, 'bench.duckdb') });
  try {
    await post(running.url, WARM);
    const start = performance.now();
    const cpu = process.cpuUsage();
    const { id, stored } = await post(running.url, file);
    const report = await fetch(`${running.url}/api/documents/${id}`);
    await report.json();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (!stored?.new) throw new Error('the upload was not stored');
    return { wallMs, cpuMs: (used.user + used.system) / 1000 };
  } finally {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!existsSync(PDF30)) {
  console.log(`upload to report: skipped (${PDF30} 不存在 / missing)`);
} else {
  const cli: Timed[] = [];
  const upload: Timed[] = [];
  for (let r = 0; r < REPEAT; r++) {
    cli.push(cliCheck(PDF30));
    upload.push(await uploadToReport(PDF30));
  }
  const wall = (runs: Timed[]) => median(runs.map((t) => t.wallMs));
  const cpu = (runs: Timed[]) => median(runs.map((t) => t.cpuMs));
  const [c, u] = [wall(cli), wall(upload)];
  console.log(
    `\nupload to report, ${basename(PDF30)} (30 pages), medians of ${REPEAT}; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const line = (label: string, runs: Timed[]) =>
    `  ${label} ${(wall(runs) / 1000).toFixed(2)} s wall, ${(cpu(runs) / 1000).toFixed(2)} s CPU`;
  console.log(line('check --jobs 1 (its own process)  ', cli));
  console.log(line('upload → stored → report (serve)  ', upload));
  console.log(
    `  difference ${((u - c) / 1000).toFixed(2)} s wall, ${((cpu(upload) - cpu(cli)) / 1000).toFixed(2)} s CPU (target ≤ 0.5 s: ${u - c <= 500 ? 'ok' : 'MISSED'})`,
  );
}
