/**
 * The command line as a user runs it — `bin/budgetlens.js` itself (its bundle loader, V8's code
 * cache, the optimizing compilers held for a short run) — in a process of its own, reporting on
 * stdout what it measured of itself: exit code, CPU time of all its threads and peak resident size
 * (reader threads included: they share the process). The report itself is discarded. Importing
 * bin, not a module of dist, keeps this the command line however bin loads the code: when bin
 * moved to CommonJS chunks, an import of dist/bundle/main.js failed here and the benches timed a
 * process that only reported the missing module.
 */
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (() => true) as typeof process.stdout.write;
process.on('exit', (code) => {
  const cpu = process.cpuUsage();
  write(JSON.stringify({ code, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
});
// bin reads its arguments from process.argv.slice(2): this file's own.
await import(new URL('../../bin/budgetlens.js', import.meta.url).href);
