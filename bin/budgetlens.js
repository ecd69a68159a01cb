#!/usr/bin/env node
// BudgetLens command line. The compiled code lives in dist/ (npm run build).
import module from 'node:module';

// Node 22+ keeps compiled code between runs (a faster cold start); Node 20 has no such cache.
module.enableCompileCache?.();
const { run } = await import('../dist/bundle/main.js');

// Output piped into a reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
});
process.exitCode = code;
