#!/usr/bin/env node
// BudgetLens command line. The compiled code lives in dist/ (npm run build).
import { run } from '../dist/src/cli/main.js';

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
