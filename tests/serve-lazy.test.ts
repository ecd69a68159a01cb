/**
 * The server loads only for `serve`: `check` and `extract` never resolve Hono or zod (a resolve hook
 * in the child process names every module that asks for them). Nor does `check` on a text file load
 * what only binary files need (the cold start of issue 14).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from './paths.js';

const SERVER = /^(?:hono|@hono\/|zod)/;

function loaded(args: string[], watched: RegExp = SERVER): string[] {
  // The hook runs on the loader's own thread, where process.stderr.write is asynchronous and its last
  // lines can be lost when the process exits (seen on Node 24): it writes to fd 2 synchronously.
  const hook = `import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  if (${watched}.test(specifier)) writeSync(2, 'LOADED ' + specifier + '\\n');
  return next(specifier, context);
}`;
  // The bundle is CommonJS (bin/load-bundle.js): its packages come through require, which Module._load sees.
  const register = `import Module, { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});
const load = Module._load;
Module._load = function (request, ...rest) {
  if (${watched}.test(request)) process.stderr.write('LOADED ' + request + '\\n');
  return load.call(this, request, ...rest);
};`;
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return [...result.stderr.matchAll(/^LOADED (\S+)$/gm)].map((m) => m[1] as string);
}

/** Lists Node's loaded built-in modules on stderr when the process exits (given to --import). */
const EXIT_LIST = `data:text/javascript,${encodeURIComponent("process.on('exit', () => process.stderr.write(process.moduleLoadList.join('\\n')))")}`;

describe('serve loads lazily', () => {
  const seed = join('tests', 'fixtures', 'seeds', '000_7094a3d6e0f48fbd.txt');
  it('check and extract load neither Hono nor zod', () => {
    assert.deepEqual(loaded(['bin/budgetlens.js', 'check', seed, '--format', 'json']), []);
    assert.deepEqual(loaded(['bin/budgetlens.js', 'extract', seed]), []);
  });
  // Nor node:crypto (a source's sha256 is hashed when read) or node:zlib (the code cache is named by
  // the build's checksums): ~20 ms of a cold start (docs/node-versions.md, "Cold start").
  it('check on a text file loads no reader of binary files, store, thread, child process, crypto or zlib', () => {
    const heavy = /^(?:pdfjs-dist|htmlparser2|@duckdb\/|pg$|pg-copy-streams)/;
    const seen = loaded(['bin/budgetlens.js', 'check', seed], heavy);
    assert.deepEqual(seen, []);
    // Built-in modules, also those taken with process.getBuiltinModule (no resolve hook sees them).
    const builtins = spawnSync(process.execPath, ['--import', EXIT_LIST, 'bin/budgetlens.js', 'check', seed], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    const natives = builtins.stderr
      .split('\n')
      .filter((l) => /^NativeModule (?:child_process|worker_threads|crypto|zlib)$/.test(l));
    assert.deepEqual(natives, [], builtins.stderr.slice(-300));
  });
  // node:module brings the loader's class on Node 20, not what loading an ES module takes.
  it('check on a text file starts as CommonJS: no more of the ES module loader than an empty CommonJS script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-cjs-'));
    try {
      const list = join(dir, 'list.cjs');
      writeFileSync(list, "process.on('exit', () => process.stderr.write(process.moduleLoadList.join('\\n')))");
      writeFileSync(join(dir, 'empty.cjs'), '');
      const esm = (args: string[]) =>
        spawnSync(process.execPath, ['--require', list, ...args], { cwd: projectRoot, encoding: 'utf8' })
          .stderr.split('\n')
          .filter((l) =>
            /^NativeModule internal\/(?:modules\/esm\/(?:translators|resolve|load|module_job)|fs\/promises)$/.test(l),
          );
      const empty = new Set(esm([join(dir, 'empty.cjs')]));
      assert.deepEqual(
        esm(['bin/budgetlens.js', 'check', seed]).filter((m) => !empty.has(m)),
        [],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('check on a text file runs the bundle: a few files of ours, not the ~80 compiled modules', () => {
    // Node's loader costs ~1 ms per file opened (docs/node-versions.md, "Cold start"). The bundle's
    // chunks are read by bin/load-bundle.js, which keeps V8's code of each one it ran in the cache.
    const cache = mkdtempSync(join(tmpdir(), 'budgetlens-code-cache-test-'));
    try {
      const result = spawnSync(process.execPath, ['bin/budgetlens.js', 'check', seed], {
        cwd: projectRoot,
        env: { ...process.env, BUDGETLENS_CODE_CACHE: cache },
      });
      assert.equal(result.status, 1, String(result.stderr));
      const chunks = readdirSync(cache).map((f) => f.replace(/\.cjs-.*$/, ''));
      assert.ok(chunks.length >= 2 && chunks.length <= 6, chunks.join(' '));
      assert.ok(chunks.includes('main'), chunks.join(' '));
      assert.ok(
        chunks.every((c) => existsSync(join(projectRoot, 'dist', 'bundle', `${c}.cjs`))),
        chunks.join(' '),
      );
      // A second run finds them: nothing is written again.
      const before = readdirSync(cache).map((f) => statSync(join(cache, f)).mtimeMs);
      spawnSync(process.execPath, ['bin/budgetlens.js', 'check', seed], {
        cwd: projectRoot,
        env: { ...process.env, BUDGETLENS_CODE_CACHE: cache },
      });
      assert.deepEqual(
        readdirSync(cache).map((f) => statSync(join(cache, f)).mtimeMs),
        before,
      );
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
  it('a run that fails writes no code cache, and each command reads only its own', () => {
    // A cache holds what the run that wrote it compiled: a first run with a missing file, or a first
    // `extract` (no rules), left every later check compiling its reader and rules again (~80 ms on Node 22).
    const cache = mkdtempSync(join(tmpdir(), 'budgetlens-code-cache-test-'));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/budgetlens.js', ...args], {
        cwd: projectRoot,
        env: { ...process.env, BUDGETLENS_CODE_CACHE: cache },
      });
    try {
      assert.equal(run('check', join(cache, 'missing.txt')).status, 2);
      assert.deepEqual(readdirSync(cache), []);
      assert.equal(run('extract', seed).status, 0);
      const ofExtract = readdirSync(cache);
      assert.ok(ofExtract.length >= 2 && ofExtract.every((f) => f.includes('-extract-')), ofExtract.join(' '));
      assert.equal(run('check', seed).status, 1);
      const ofCheck = readdirSync(cache).filter((f) => !ofExtract.includes(f));
      assert.ok(ofCheck.length >= 2 && ofCheck.every((f) => f.includes('-check-')), ofCheck.join(' '));
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
  it('the server module does (the hook sees them)', () => {
    const names = loaded(['--input-type=module', '-e', "await import('./dist/src/server/app.js')"]);
    assert.ok(names.includes('hono/secure-headers') && names.includes('@hono/zod-openapi'), names.join(' '));
  });
});
