// The command line as a few files (dist/bundle) instead of ~80 compiled modules: Node's ES module
// loader spends ~1 ms per file it opens, about a third of `check`'s cold start on a text file
// (docs/node-versions.md, "Cold start"). What main.js loads lazily stays lazy: each dynamic import()
// becomes a chunk of its own, loaded only when used; packages (pdfjs-dist, hono, …) stay imports.
// Tests keep importing dist/src; bin/budgetlens.js runs the bundle.
// CommonJS chunks (.cjs), so that bin/load-bundle.js can compile each with vm.Script and V8's code
// cache, which keeps the functions compiled while a run ran (Node's own compile cache and ES
// modules keep only what is compiled first; docs/node-versions.md, "Cold start").
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { rollup } from 'rollup';

const OUT = resolve('dist/bundle');
/** Entry name → compiled module: the command line, and the reader thread it starts by URL. */
const ENTRIES = {
  main: resolve('dist/src/cli/main.js'),
  'pool-worker': resolve('dist/src/source/pool-worker.js'),
  // bin/budgetlens.js holds V8's optimizing compilers before it loads the rest (the same module instance).
  'optimizing-compilers': resolve('dist/src/source/optimizing-compilers.js'),
};
const entryOf = new Map(Object.entries(ENTRIES).map(([name, path]) => [path, name]));

/**
 * `new URL('./x', import.meta.url)` names a file next to the compiled module; in the bundle the
 * module's code sits in dist/bundle, so the path is made relative to there (a URL to another entry
 * names that entry's file).
 */
function moduleRelativeUrls() {
  const pattern = /new URL\((['"])(\.{1,2}\/[^'"]*)\1, import\.meta\.url\)/g;
  return {
    name: 'module-relative-urls',
    transform(code, id) {
      if (!code.includes('import.meta.url')) return null;
      let changed = false;
      const out = code.replace(pattern, (_, quote, path) => {
        const target = resolve(dirname(id), path);
        const entry = entryOf.get(target);
        let rel = entry ? `./${entry}.cjs` : relative(OUT, target).split('\\').join('/');
        if (!rel.startsWith('.')) rel = `./${rel}`;
        if (path.endsWith('/') && !rel.endsWith('/')) rel += '/';
        changed = true;
        return `new URL(${quote}${rel}${quote}, import.meta.url)`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

/**
 * Built-in modules are taken with process.getBuiltinModule instead of an import: an ES import of a
 * built-in builds a facade that reads every export, and node:fs's lazy ones (its streams,
 * fs.promises) then load modules a check never uses (node:fs imported: 4.3 ms CPU; taken: 0.1 ms).
 */
function builtinsWithoutFacade() {
  const pattern = /^import \{([^}]*)\} from '(node:[\w/]+)';$/gm;
  return {
    name: 'builtins-without-facade',
    transform(code) {
      if (!code.includes("from 'node:")) return null;
      const out = code.replace(
        pattern,
        (_, names, id) => `const {${names.replace(/\bas\b/g, ':')}} = process.getBuiltinModule('${id}');`,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * A package imported lazily (pdfjs-dist, DuckDB, pg) is imported by bin/load-bundle.js, which hands
 * each chunk it compiles an `__importPackage`: an import() inside code compiled by vm.Script needs
 * vm's experimental loader option (a warning on stderr). A chunk Node loads itself (the reader
 * thread's) has none, and imports the package as usual.
 */
function packagesImportedByLoader() {
  return {
    name: 'packages-imported-by-loader',
    renderDynamicImport({ targetModuleId }) {
      // Also an import() of a computed name (targetModuleId null): never one of our chunks.
      if (targetModuleId !== null && isAbsolute(targetModuleId)) return null;
      return { left: "(typeof __importPackage === 'function' ? __importPackage : (id) => import(id))(", right: ')' };
    },
  };
}

for (const path of Object.values(ENTRIES))
  if (!existsSync(path)) throw new Error(`${path} is missing: run tsc first (npm run build)`);

rmSync(OUT, { recursive: true, force: true });
const bundle = await rollup({
  input: ENTRIES,
  // Packages and Node's built-in modules are imported at run time, as from dist/src.
  external: (id) => !id.startsWith('.') && !isAbsolute(id),
  plugins: [moduleRelativeUrls(), builtinsWithoutFacade(), packagesImportedByLoader()],
  onwarn(warning, warn) {
    // Circular imports among our modules evaluate in the same order as unbundled.
    if (warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
});
// Packages stay import() where the code imports them lazily (pdfjs-dist is an ES module only).
await bundle.write({ dir: OUT, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' });
await bundle.close();

// Each chunk's checksum, by which bin/load-bundle.js names its V8 code cache (a new build never
// reads an old one): computed here once, where the loader used CRC-32 of node:zlib, which with its
// streams was ~10 ms of a cold `check` (docs/node-versions.md, "Cold start").
const checksums = Object.fromEntries(
  readdirSync(OUT)
    .filter((f) => f.endsWith('.cjs'))
    .sort()
    .map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(OUT, f)))
        .digest('hex')
        .slice(0, 16),
    ]),
);
writeFileSync(join(OUT, 'checksums.json'), `${JSON.stringify(checksums, null, 1)}\n`);
