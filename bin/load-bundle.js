// Loads the command line's bundle (dist/bundle, CommonJS chunks) through V8's code cache: the code
// V8 compiled in an earlier run, also the functions compiled lazily while it ran, which Node's own
// compile cache leaves out (it keeps what is compiled when a module is first read), and which
// Node 20 has none of for ES modules. Without it each run parses and compiles again the ~40
// functions reading a file calls (docs/node-versions.md, "Cold start").
//
// The cache is a folder of this user's only (the OS temp folder, or BUDGETLENS_CODE_CACHE; `off`
// turns it off): one file per chunk and kind of run (the command: a cache holds what the run that
// wrote it compiled, and an `extract` compiles none of a check's rules), named by the chunk's
// checksum (written by the build into dist/bundle/checksums.json) and length, the Node version and
// the architecture, so a new build or a new Node never reads an old file; V8 checks its version and flags again and rejects a file that
// does not match, which is then written anew. A chunk the build did not list is compiled uncached.
'use strict';
const { readFileSync, writeFileSync, mkdirSync, lstatSync, renameSync } = process.getBuiltinModule('node:fs');
const { dirname, join, resolve, basename } = process.getBuiltinModule('node:path');
const { createRequire } = process.getBuiltinModule('node:module');
const vm = process.getBuiltinModule('node:vm');
const { tmpdir } = process.getBuiltinModule('node:os');

/** The cache folder, made if missing; null when off or not safely ours (another user could plant code). */
function cacheFolder() {
  const chosen = process.env.BUDGETLENS_CODE_CACHE;
  if (chosen === 'off' || chosen === '0') return null;
  const uid = process.getuid?.() ?? 0;
  const dir = chosen || join(tmpdir(), `budgetlens-code-cache-${uid}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || (process.getuid && (stat.uid !== uid || (stat.mode & 0o022) !== 0))) return null;
    return dir;
  } catch {
    return null;
  }
}

/** The build's checksum of each chunk in a folder (scripts/bundle.mjs), by file name; empty when missing. */
function checksumsOf(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'checksums.json'), 'utf8'));
  } catch {
    return {};
  }
}

/** `kind` names the cache files of this kind of run (bin/budgetlens.js: the command). */
function bundleLoader(kind = 'run') {
  const folder = cacheFolder();
  const checksums = new Map();
  const modules = new Map();
  const toSave = [];

  /** The exports of a chunk; `cache: false` for one loaded before V8's flags are set (a cache records them). */
  function load(file, { cache = true } = {}) {
    const known = modules.get(file);
    if (known) return known.exports;
    const module = { exports: {} };
    modules.set(file, module);
    const source = readFileSync(file, 'utf8');
    const dir = dirname(file);
    if (!checksums.has(dir)) checksums.set(dir, checksumsOf(dir));
    const checksum = Object.hasOwn(checksums.get(dir), basename(file)) ? checksums.get(dir)[basename(file)] : null;
    const cacheFile =
      folder && cache && checksum
        ? join(folder, `${basename(file)}-${kind}-${checksum}-${source.length}-${process.version}-${process.arch}.v8`)
        : null;
    let cachedData;
    if (cacheFile) {
      try {
        cachedData = readFileSync(cacheFile);
      } catch {}
    }
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __importPackage) {${source}\n})`, {
      filename: file,
      cachedData,
    });
    if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) toSave.push({ script, cacheFile });
    const packages = createRequire(file);
    const require = (id) => (id.startsWith('.') ? load(resolve(dirname(file), id), { cache }) : packages(id));
    // Packages imported lazily (scripts/bundle.mjs), resolved from here: the same node_modules.
    const importPackage = (id) => import(id);
    script.runInThisContext()(module.exports, require, module, file, dirname(file), importPackage);
    return module.exports;
  }

  /** Write the code of every chunk that had none in the cache, with the functions this run compiled. */
  function save() {
    for (const { script, cacheFile } of toSave.splice(0)) {
      try {
        const temporary = `${cacheFile}.${process.pid}`;
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, cacheFile);
      } catch {
        // A cache that cannot be written costs the next run time, never its result.
      }
    }
  }
  return { load, save };
}

module.exports = { bundleLoader };
