/**
 * The command line as `bin/budgetlens.js` runs it, in a process of its own, reporting on stderr's
 * last line what it measured of itself: exit code, CPU time of all its threads and peak resident
 * size (reader threads included: they share the process). The report itself is discarded.
 */
import { run } from '../src/cli/main.js';
const code = await run(process.argv.slice(2), { stdout() { }, stderr: (text) => process.stderr.write(text) });
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ code, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
//# sourceMappingURL=measure.js.map