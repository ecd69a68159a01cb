/**
 * Speed per seed: the median time to read a seed into the model, beside a baseline measured in the
 * same run on the same file (reading it and splitting it into lines and cells), and the time the
 * checker adds. Targets: extract under 10 ms per seed (issue 2); check adds under 5 ms (issue 4).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../src/check.js';
import { readText } from '../src/reader.js';
import { projectRoot } from '../tests/paths.js';
const RUNS = 40;
const WARMUP = 5;
function median(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function time(fn) {
    for (let i = 0; i < WARMUP; i++)
        fn();
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        fn();
        samples.push(performance.now() - start);
    }
    return median(samples);
}
const seedDir = join(projectRoot, 'tests', 'fixtures', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
console.log('seed                          baseline ms   extract ms   ratio   <10 ms   check ms  <5 ms');
let allWithin = true;
for (const seed of seeds) {
    const path = join(seedDir, seed);
    const baseline = time(() => readFileSync(path, 'utf8')
        .split('\n')
        .map((l) => l.split('\t')));
    const extract = time(() => readText(readFileSync(path, 'utf8'), path));
    const doc = readText(readFileSync(path, 'utf8'), path);
    // A fresh narrative array each run, so the claims cache does not flatter the check time.
    const checkOnly = time(() => checkDocument({ ...doc, narrative: [...doc.narrative] }));
    const ok = extract < 10 && checkOnly < 5;
    allWithin &&= ok;
    console.log(`${seed.padEnd(30)}${baseline.toFixed(3).padStart(11)}${extract.toFixed(3).padStart(13)}${(extract / baseline).toFixed(1).padStart(8)}x   ${extract < 10 ? 'ok  ' : 'SLOW'}${checkOnly.toFixed(3).padStart(11)}   ${checkOnly < 5 ? 'ok' : 'SLOW'}`);
}
console.log(allWithin ? 'all seeds within target' : 'some seeds over target');
//# sourceMappingURL=extract.bench.js.map