/** The supported Node lines are said once (engines) and the test runner finds every test. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from './paths.js';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
/** Each `^MAJOR.MINOR.PATCH` alternative of engines.node. */
const engineLines = [...pkg.engines.node.matchAll(/\^(\d+)\.(\d+)\.\d+/g)].map((m) => ({
  major: Number(m[1]),
  minor: Number(m[2]),
}));

function sourceTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourceTests(path));
    else if (entry.name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

describe('Node versions', () => {
  it('engines names 20, 22 and 24, each from a minimum', () => {
    assert.deepEqual(
      engineLines.map((l) => l.major),
      [20, 22, 24],
    );
    assert.equal(pkg.engines.node.split('||').length, engineLines.length, 'every alternative is a ^ range');
  });

  it('the Node running the tests is one engines names', () => {
    const [major, minor] = process.versions.node.split('.').map(Number);
    const line = engineLines.find((l) => l.major === major);
    assert.ok(line, `Node ${process.version} is not a line engines names (${pkg.engines.node})`);
    assert.ok((minor ?? 0) >= line.minor, `Node ${process.version} is older than ^${line.major}.${line.minor}`);
  });

  it('the README states the same lines', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const stated = readme.match(/^Node\.js ([^(]+)\(/m)?.[1] ?? '';
    const lines = engineLines.map((l) => (l.minor > 0 ? `${l.major}.${l.minor}+` : `${l.major}`));
    assert.equal(stated.trim(), `${lines.slice(0, -1).join(', ')} or ${lines.at(-1)}`);
  });

  it('npm test hands every compiled test file to node --test', () => {
    assert.match(pkg.scripts.test ?? '', /node scripts\/run-tests\.mjs$/);
    const expected = ['src', 'tests', 'scripts', 'web'].flatMap((dir) => sourceTests(join(projectRoot, dir))).length;
    // The runner's own listing, through a filter that keeps every file, printed as its first line.
    const listing = execFileSync(process.execPath, ['-e', listOnly], { cwd: projectRoot, encoding: 'utf8' });
    assert.equal(Number(listing.trim()), expected);
  });
});

/** Loads the runner with the spawn replaced, so the test counts what it would run without running it. */
const listOnly = `
const cp = require('node:child_process');
cp.spawnSync = (_bin, args) => { console.log(args.filter((a) => a.endsWith('.test.js')).length); return { status: 0 }; };
const { syncBuiltinESMExports } = require('node:module');
syncBuiltinESMExports();
import('./scripts/run-tests.mjs');
`;
