/**
 * The command line as `bin/budgetlens.js` runs it (the bundle), in a process of its own, reporting on stderr's
 * last line what it measured of itself: exit code, CPU time of all its threads and peak resident
 * size (reader threads included: they share the process). The report itself is discarded.
 */
import { fileURLToPath } from 'node:url';

// The bundle bin/budgetlens.js runs (dist/bundle, built by npm run build: CommonJS chunks), not the
// compiled modules, loaded as bin/ loads it (bin/load-bundle.js, through V8's code cache).
const loader = new URL('../../bin/load-bundle.js', import.meta.url).href;
const { bundleLoader } = await import(loader);
const main = fileURLToPath(new URL('../bundle/main.cjs', import.meta.url));
const { run } = bundleLoader().load(main) as typeof import('../src/cli/main.js');

const code = await run(process.argv.slice(2), { stdout() {}, stderr: (text) => process.stderr.write(text) });
const cpu = process.cpuUsage();
process.stdout.write(
  JSON.stringify({ code, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
