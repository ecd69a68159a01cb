// Copy the classification lists next to the compiled code (tsc copies only .ts output).
import { cpSync, existsSync } from 'node:fs';

if (existsSync('src/codes/data')) cpSync('src/codes/data', 'dist/src/codes/data', { recursive: true });
// The web page's static files beside its compiled modules (dist/web), where the server finds them.
for (const file of ['index.html', 'style.css']) cpSync(`web/${file}`, `dist/web/${file}`);
// A declarations-only source file: tsc emits nothing for it, yet the emitted rules/types.d.ts
// imports it, so the compiled declarations would not resolve without this copy.
cpSync('src/rules/checked-claim.d.ts', 'dist/src/rules/checked-claim.d.ts');
