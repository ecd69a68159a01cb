// Copy the classification lists next to the compiled code (tsc copies only .ts output), with their
// compiled form (src/codes/compiled-data.ts): every CSV parsed, and its names normalised, once here
// instead of on every cold start.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const DATA = 'dist/src/codes/data';
if (existsSync('src/codes/data')) {
  cpSync('src/codes/data', DATA, { recursive: true });
  const { compileData, COMPILED_FILE } = await import('../dist/src/codes/compiled-data.js');
  const files = Object.fromEntries(
    readdirSync(DATA)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f, readFileSync(`${DATA}/${f}`, 'utf8')]),
  );
  writeFileSync(`${DATA}/${COMPILED_FILE}`, JSON.stringify(compileData(files)));
}
// The codes printed in real disclosures (src/codes/evidence, not a list), as the JSON
// src/codes/observed.ts reads.
const { compileObserved } = await import('../dist/src/codes/observed.js');
mkdirSync('dist/src/codes/evidence', { recursive: true });
for (const file of readdirSync('src/codes/evidence').filter((f) => /^observed-\d{4}\.csv$/.test(f)))
  writeFileSync(
    `dist/src/codes/evidence/${file.replace(/csv$/, 'json')}`,
    compileObserved(readFileSync(`src/codes/evidence/${file}`, 'utf8')),
  );
// The web page's static files beside its compiled modules (dist/web), where the server finds them.
for (const file of ['index.html', 'style.css']) cpSync(`web/${file}`, `dist/web/${file}`);
// A declarations-only source file: tsc emits nothing for it, yet the emitted rules/types.d.ts
// imports it, so the compiled declarations would not resolve without this copy.
cpSync('src/rules/checked-claim.d.ts', 'dist/src/rules/checked-claim.d.ts');
