/**
 * The server loads only for `serve`: `check` and `extract` never resolve Hono or zod (a resolve hook
 * in the child process names every module that asks for them).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from './paths.js';

const HOOK = `export async function resolve(specifier, context, next) {
  if (/^(?:hono|@hono\\/|zod)/.test(specifier)) process.stderr.write('LOADED ' + specifier + '\\n');
  return next(specifier, context);
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;

function loaded(args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return [...result.stderr.matchAll(/^LOADED (\S+)$/gm)].map((m) => m[1] as string);
}

describe('serve loads lazily', () => {
  const seed = join('tests', 'fixtures', 'seeds', '000_7094a3d6e0f48fbd.txt');
  it('check and extract load neither Hono nor zod', () => {
    assert.deepEqual(loaded(['bin/budgetlens.js', 'check', seed, '--format', 'json']), []);
    assert.deepEqual(loaded(['bin/budgetlens.js', 'extract', seed]), []);
  });
  it('the server module does (the hook sees them)', () => {
    const names = loaded(['--input-type=module', '-e', "await import('./dist/src/server/app.js')"]);
    assert.ok(names.includes('hono/secure-headers') && names.includes('@hono/zod-openapi'), names.join(' '));
  });
});
