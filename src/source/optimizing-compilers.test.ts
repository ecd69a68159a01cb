import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../tests/paths.js';
import { run } from '../cli/main.js';
import { holdOptimizingCompilers, optimizingCompilersHeld, releaseOptimizingCompilers } from './optimizing-compilers.js';

const MODULE = fileURLToPath(new URL('./optimizing-compilers.js', import.meta.url));

/**
 * Runs `body` in a child Node (V8's flags are the process's: this one's stay as they are), with
 * V8's own test functions to ask whether a function runs optimized code (%GetOptimizationStatus,
 * bit 4 "optimized", the same on V8 11 to 13).
 */
function child(body: string, flags: string[] = []): string {
  const script = `import { holdOptimizingCompilers, releaseOptimizingCompilers, optimizingCompilersHeld } from ${JSON.stringify(MODULE)};
function hot(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + Math.imul(i, 2654435761)) | 0; return s; }
const optimized = () => (%GetOptimizationStatus(hot) & 16) !== 0;
/** Calls hot until V8 optimizes it, or for at most ms milliseconds. */
function warm(ms) { const end = performance.now() + ms; while (performance.now() < end && !optimized()) hot(10000); return optimized(); }
${body}`;
  const result = spawnSync(process.execPath, ['--allow-natives-syntax', ...flags, '--input-type=module', '-e', script], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

describe('optimizing compilers held for a short run', () => {
  it('a held run optimizes nothing; released, the same function is optimized', () => {
    const out = child(
      'holdOptimizingCompilers(); const before = warm(300); releaseOptimizingCompilers(); console.log(before, warm(5000), optimizingCompilersHeld());',
    );
    assert.equal(out, 'false true false');
  });

  it('leaves V8 alone when Node was told how to tier (--no-opt, --max-opt, --jitless …)', () => {
    assert.equal(child('holdOptimizingCompilers(); console.log(optimizingCompilersHeld());', ['--max-opt=2']), 'false');
    assert.equal(child('holdOptimizingCompilers(); console.log(optimizingCompilersHeld());'), 'true');
  });

  it('the command line lets them go unless its run is a check or extract of small files', async () => {
    const io = { stdout: () => {}, stderr: () => {} };
    const seed = `${projectRoot}/tests/fixtures/seeds/002_b9fc89043e8814d5.txt`;
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-tiers-'));
    const big = join(dir, 'big.txt');
    try {
      holdOptimizingCompilers();
      assert.equal(await run(['check', seed], io), 1);
      assert.equal(optimizingCompilersHeld(), true);
      assert.equal(await run(['codes', '2010101', '--year', '2024'], io), 0);
      assert.equal(optimizingCompilersHeld(), false);
      // Over 1 MiB: not known to be short, whatever it turns out to be (here unreadable).
      holdOptimizingCompilers();
      writeFileSync(big, Buffer.alloc(2 * 1024 * 1024));
      assert.equal(await run(['extract', big], io), 2);
      assert.equal(optimizingCompilersHeld(), false);
    } finally {
      releaseOptimizingCompilers();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
