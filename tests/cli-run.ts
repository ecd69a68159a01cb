/** The command line as a script runs it: the compiled bin in a child process, and the seed files. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './paths.js';

export const bin = join(projectRoot, 'bin', 'budgetlens.js');
export const seed = (name: string) => join(projectRoot, 'tests', 'fixtures', 'seeds', name);
export const SEED_000 = seed('000_7094a3d6e0f48fbd.txt');
export const SEED_002 = seed('002_b9fc89043e8814d5.txt');
export const SEED_003 = seed('003_07ebbe8a85530ef6.txt');

export function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
