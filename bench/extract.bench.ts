/**
 * Extraction speed per seed: the median time to read a seed into the model, beside a baseline
 * measured in the same run on the same file (reading it and splitting it into lines and cells).
 * Target (issue 2): under 10 ms per seed document on this machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readText } from '../src/reader.js';
import { projectRoot } from '../tests/paths.js';

const RUNS = 40;
const WARMUP = 5;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const seedDir = join(projectRoot, 'tests', 'fixtures', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
console.log('seed                          baseline ms   extract ms   ratio   target <10 ms');
let allWithin = true;
for (const seed of seeds) {
  const path = join(seedDir, seed);
  const baseline = time(() =>
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.split('\t')),
  );
  const extract = time(() => readText(readFileSync(path, 'utf8'), path));
  const ok = extract < 10;
  allWithin &&= ok;
  console.log(
    `${seed.padEnd(30)}${baseline.toFixed(3).padStart(11)}${extract.toFixed(3).padStart(13)}${(extract / baseline).toFixed(1).padStart(8)}x   ${ok ? 'ok' : 'SLOW'}`,
  );
}
console.log(allWithin ? 'all seeds within target' : 'some seeds over target');
