/**
 * V8 compiles a function that runs often a second time with its optimizing compilers (Maglev,
 * Turbofan) on background threads. In a short run, `check` of one text file (~0.3 s), that is ~50 ms
 * of CPU, a sixth of the run, spent on optimized code the run ends before it pays for
 * (docs/node-versions.md, "Cold start"). bin/budgetlens.js holds them off from its start, before
 * it loads the bundle (V8's code cache records the flags it was made with, and Node 22 counts a flag
 * turned off and on again as changed); the command line lets them go at once unless the run is
 * short (check or extract of small files), and when a reader thread starts (pdf.js reads for
 * seconds). Interpreter and baseline compiler (Sparkplug) stay on. V8 reads these flags whenever
 * it decides to optimize, so turning them on again takes effect at once, also for functions
 * already running.
 */
import { setFlagsFromString } from 'node:v8';

/** Flags of Node's own command line (or NODE_OPTIONS) that choose the tiers: then they are left as given. */
const TIER_FLAG = /(?:^|\s)--(?:no-)?(?:opt|turbofan|maglev|max-opt|jitless|sparkplug)\b/;

let held = false;

/**
 * Maglev is on by default from V8 12 (Node 22) on x64 and arm64, where it is built; Node 20's V8 11
 * has it off. Turning it on where it was off would change more than this module means to.
 */
function maglevByDefault(): boolean {
  return Number(process.versions.v8.split('.')[0]) >= 12 && (process.arch === 'x64' || process.arch === 'arm64');
}

function chosenByUser(): boolean {
  return TIER_FLAG.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`);
}

/** Turn the optimizing compilers off (not if Node was told how to tier); true if they are held now. */
export function holdOptimizingCompilers(): boolean {
  if (held || chosenByUser()) return held;
  setFlagsFromString('--no-turbofan');
  if (maglevByDefault()) setFlagsFromString('--no-maglev');
  held = true;
  return held;
}

/** Turn them on again (does nothing unless held). */
export function releaseOptimizingCompilers(): void {
  if (!held) return;
  setFlagsFromString('--turbofan');
  if (maglevByDefault()) setFlagsFromString('--maglev');
  held = false;
}

export function optimizingCompilersHeld(): boolean {
  return held;
}
