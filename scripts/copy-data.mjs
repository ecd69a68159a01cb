// Copy the classification lists next to the compiled code (tsc copies only .ts output).
import { cpSync, existsSync } from 'node:fs';

if (existsSync('src/codes/data')) cpSync('src/codes/data', 'dist/src/codes/data', { recursive: true });
