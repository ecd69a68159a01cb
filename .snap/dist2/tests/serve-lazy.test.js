/**
 * The server loads only for `serve`: `check` and `extract` never resolve Hono or zod (a resolve hook
 * in the child process names every module that asks for them). Nor does `check` on a text file load
 * what only binary files need (the cold start of issue 14).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from './paths.js';
const SERVER = /^(?:hono|@hono\/|zod)/;
function loaded(args, watched = SERVER) {
    const hook = `export async function resolve(specifier, context, next) {
  if (${watched}.test(specifier)) process.stderr.write('LOADED ' + specifier + '\\n');
  return next(specifier, context);
}`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, ...args], {
        cwd: projectRoot,
        encoding: 'utf8',
    });
    return [...result.stderr.matchAll(/^LOADED (\S+)$/gm)].map((m) => m[1]);
}
/** Lists Node's loaded built-in modules on stderr when the process exits (given to --import). */
const EXIT_LIST = `data:text/javascript,${encodeURIComponent("process.on('exit', () => process.stderr.write(process.moduleLoadList.join('\\n')))")}`;
describe('serve loads lazily', () => {
    const seed = join('tests', 'fixtures', 'seeds', '000_7094a3d6e0f48fbd.txt');
    it('check and extract load neither Hono nor zod', () => {
        assert.deepEqual(loaded(['bin/budgetlens.js', 'check', seed, '--format', 'json']), []);
        assert.deepEqual(loaded(['bin/budgetlens.js', 'extract', seed]), []);
    });
    it('check on a text file loads no reader of binary files, store, thread or child process', () => {
        const heavy = /^(?:pdfjs-dist|htmlparser2|@duckdb\/|pg$|pg-copy-streams)/;
        const seen = loaded(['bin/budgetlens.js', 'check', seed], heavy);
        assert.deepEqual(seen, []);
        // Built-in modules, also those taken with process.getBuiltinModule (no resolve hook sees them).
        const builtins = spawnSync(process.execPath, ['--import', EXIT_LIST, 'bin/budgetlens.js', 'check', seed], {
            cwd: projectRoot,
            encoding: 'utf8',
        });
        const natives = builtins.stderr.split('\n').filter((l) => /^NativeModule (?:child_process|worker_threads)$/.test(l));
        assert.deepEqual(natives, [], builtins.stderr.slice(-300));
    });
    it('the server module does (the hook sees them)', () => {
        const names = loaded(['--input-type=module', '-e', "await import('./dist/src/server/app.js')"]);
        assert.ok(names.includes('hono/secure-headers') && names.includes('@hono/zod-openapi'), names.join(' '));
    });
});
//# sourceMappingURL=serve-lazy.test.js.map