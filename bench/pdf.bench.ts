/**
 * PDF speed: pages per second for extract + check over the sample PDFs (../shared/samples), beside
 * pdf.js's bare text extraction and `pdftotext -layout` (when installed) on the same files in the
 * same run. Target: at least 20 pages/s end to end on one core. Memory: peak resident size while
 * reading a 200-page document made by joining the samples (needs pdfunite), target under 300 MB.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { adapterFor } from '../src/adapters/registry.js';
import { checkDocument } from '../src/check.js';
import { documentFromBlocks } from '../src/reader.js';
import { DEFAULT_LIMITS } from '../src/source/limits.js';
import { sharedDir } from '../tests/paths.js';

const samples = join(sharedDir, 'samples');
if (!existsSync(samples)) {
  console.log(`PDF bench skipped: ${samples} is missing`);
  process.exit(0);
}
const files = readdirSync(samples)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => join(samples, f));

function has(command: string): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Our whole reading path in this thread (the CLI adds one worker start per file). */
async function extractAndCheck(file: string): Promise<number> {
  const adapter = await adapterFor('pdf');
  const bytes = new Uint8Array(readFileSync(file));
  const output = await adapter.read({ file, bytes, limits: DEFAULT_LIMITS });
  checkDocument(documentFromBlocks(output, file, 'pdf', ''));
  return output.pages ?? 0;
}

async function bareText(file: string): Promise<number> {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  const pages = doc.numPages;
  await doc.destroy();
  return pages;
}

async function rate(label: string, run: (file: string) => Promise<number> | number): Promise<number> {
  for (const file of files) await run(file); // warm-up: module loading and JIT
  const start = performance.now();
  let pages = 0;
  for (let round = 0; round < 3; round++) for (const file of files) pages += await run(file);
  const seconds = (performance.now() - start) / 1000;
  const perSecond = pages / seconds;
  console.log(
    `${label.padEnd(34)}${String(pages).padStart(6)} pages ${seconds.toFixed(2).padStart(7)} s ${perSecond.toFixed(1).padStart(7)} pages/s`,
  );
  return perSecond;
}

const ours = await rate('budgetlens extract + check', extractAndCheck);
const bare = await rate('pdf.js getTextContent only', bareText);
let poppler: number | null = null;
if (has('pdftotext')) {
  poppler = await rate('pdftotext -layout (subprocess)', (file) => {
    execFileSync('pdftotext', ['-layout', file, '-']);
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
  });
} else console.log('pdftotext not installed: no poppler baseline');
console.log(
  `ratios: ours / pdf.js text = ${(ours / bare).toFixed(2)}${poppler ? `, ours / pdftotext = ${(ours / poppler).toFixed(2)}` : ''}; target 20 pages/s: ${ours >= 20 ? 'ok' : 'SLOW'}`,
);

if (has('pdfunite')) {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-bench-'));
  const big = join(dir, 'joined.pdf');
  const pagesOf = (f: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))?.[1] ?? 0);
  const parts: string[] = [];
  let total = 0;
  while (total < 200)
    for (const f of files) {
      if (total >= 200) break;
      parts.push(f);
      total += pagesOf(f);
    }
  execFileSync('pdfunite', [...parts, big]);
  // Measured through the command line in a child process, as users run it (worker thread and
  // all): resourceUsage().maxRSS is the peak resident size of the whole process.
  const cli = new URL('../src/cli/main.js', import.meta.url).href;
  const script = `import { run } from ${JSON.stringify(cli)};
const code = await run(['extract', ${JSON.stringify(big)}, '--format', 'json'], { stdout() {}, stderr: (t) => process.stderr.write(t) });
process.stdout.write(JSON.stringify({ code, maxRss: process.resourceUsage().maxRSS }));`;
  const start = performance.now();
  const runner = join(dir, 'measure.mjs'); // a file, not -e: worker threads inherit -e flags
  writeFileSync(runner, script);
  const result = JSON.parse(execFileSync(process.execPath, [runner], { encoding: 'utf8' })) as {
    code: number;
    maxRss: number;
  };
  const mb = result.maxRss / 1024;
  console.log(
    `${total}-page document (budgetlens extract, exit ${result.code}): ${((performance.now() - start) / 1000).toFixed(2)} s, peak resident ${mb.toFixed(0)} MB (target < 300 MB: ${mb < 300 ? 'ok' : 'OVER'})`,
  );
  rmSync(dir, { recursive: true, force: true });
} else console.log('pdfunite not installed: no 200-page memory measurement');
