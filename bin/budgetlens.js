#!/usr/bin/env node
// BudgetLens command line. The compiled code lives in dist/ (npm run build).
// CommonJS (bin/package.json): an ES module entry makes Node 20 and 22 load their ES module loader
// (with fs/promises and readline), ~15-30 ms of a 0.3 s `check` (docs/node-versions.md, "Cold start").
'use strict';
const { enableCompileCache } = require('node:module');
const { join } = require('node:path');
const { bundleLoader } = require('./load-bundle.js');

// Node 22+ keeps compiled ES modules between runs (pdf.js, for a PDF); our own bundle is CommonJS,
// loaded through V8's code cache by load-bundle.js, on every Node line.
enableCompileCache?.();
// Each command keeps a cache of its own: the first run writes it, and an `extract` (no rules) before
// any check would leave every later check compiling the rules again (docs/node-versions.md).
const command = /^[a-z]+$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
const bundle = bundleLoader(command);
const chunk = (name) => join(__dirname, '..', 'dist', 'bundle', name);
// V8's optimizing compilers off before the rest is compiled; the command line lets them go unless
// its run is short (src/source/optimizing-compilers.ts).
const compilers = bundle.load(chunk('optimizing-compilers.cjs'), { cache: false });
const held = compilers.holdOptimizingCompilers();
const { run } = bundle.load(chunk('main.cjs'));

// Output piped into a reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
  // The code cache, written with V8's flags as they were when the bundle was compiled (V8 rejects it
  // otherwise): after a short run, which then compiled every function a check calls; a longer run has
  // turned the optimizing compilers on again. Not after a usage error or an unreadable file (exit 2):
  // such a run compiled little, and its cache would be every later run's (a check ~80 ms slower on
  // Node 22 after one with a missing file).
  if (code <= 1 && (!held || compilers.optimizingCompilersHeld())) bundle.save();
});
