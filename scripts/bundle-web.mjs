// The web page as a few files (dist/web): its modules, compiled by web/tsconfig.json into
// dist/web-modules, bundled with the pure modules it shares with src/ (src/model/digit-groups.ts:
// amounts grouped as `write` prints them), which the page cannot import at run time (the server
// serves dist/web only). What the page loads lazily stays lazy: each dynamic import() of our
// modules (the corpus browser, the comparisons) becomes a chunk of its own; pdf.js and ECharts stay
// import()s of the app's /vendor URLs. No inline script or eval: the page's CSP is unchanged.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rollup } from 'rollup';

const ENTRY = resolve('dist/web-modules/web/src/main.js');
const OUT = resolve('dist/web');
if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run tsc -p web/tsconfig.json first (npm run build)`);

const bundle = await rollup({
  input: { main: ENTRY },
  onwarn(warning, warn) {
    // import(url) of the vendor builds (a URL, not a module of ours) is left to the browser.
    if (warning.code === 'UNRESOLVED_IMPORT' && warning.exporter?.startsWith('/vendor/')) return;
    warn(warning);
  },
});
// The chunks of an earlier bundle go (their names carry their hash); index.html and style.css stay.
for (const file of readdirSync(OUT)) if (file.endsWith('.js')) rmSync(join(OUT, file));
await bundle.write({ dir: OUT, format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
await bundle.close();
