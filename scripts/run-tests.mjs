// Run every compiled test file with the Node test runner, on every supported Node line.
// `node --test dist/` reads a folder argument as a module on Node 22 and later, and test globs
// are only understood from Node 21 on, so the files are listed here and handed over by name.
// Usage: node scripts/run-tests.mjs [filter…] — a filter keeps the files whose path contains it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';

const root = 'dist';
const filters = process.argv.slice(2);

function testFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(path));
    else if (entry.name.endsWith('.test.js')) found.push(path);
  }
  return found;
}

let files;
try {
  files = testFiles(root).sort();
} catch {
  console.error(`找不到 ${root}/，请先运行 npm run build / ${root}/ not found: run npm run build first`);
  process.exit(2);
}
if (filters.length > 0) files = files.filter((file) => filters.some((f) => file.includes(f)));
if (files.length === 0) {
  console.error('没有找到测试文件 / no test files found');
  process.exit(2);
}

console.error(`# Node ${process.version}: ${files.length} test files under ${relative('.', root)}/`);
// Two files at once even on two cores: much of the suite waits on other processes (LibreOffice,
// Chromium, PostgreSQL, the CLI it starts), and Node's default (cores − 1) runs one file at a time there.
const concurrency = Math.max(2, availableParallelism() - 1);
const result = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
