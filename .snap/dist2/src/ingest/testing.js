/** Folders of seed copies for the ingest tests, and the command line run as a process. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../tests/paths.js';
import { NARRATIVE, TABLES } from '../model/two-files.case.js';
import { openStore } from '../store/open.js';
export const bin = join(projectRoot, 'bin', 'budgetlens.js');
export const seedDir = join(projectRoot, 'tests', 'fixtures', 'seeds');
export const seedFiles = () => readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
/**
 * `copies` copies of each seed in `dir`, each with bytes of its own (blank lines added at the end,
 * which the reader passes over): distinct sha256s, the same document — as a corrected file
 * republished under the same department and year.
 */
export function seedCopies(dir, copies) {
    mkdirSync(dir, { recursive: true });
    const files = [];
    for (const seed of seedFiles()) {
        const text = readFileSync(join(seedDir, seed), 'utf8');
        for (let i = 0; i < copies; i++) {
            const path = join(dir, `${seed.replace(/\.txt$/, '')}-${i}.txt`);
            writeFileSync(path, `${text}${'\n'.repeat(i + 1)}`);
            files.push(path);
        }
    }
    return files;
}
export function cli(...args) {
    const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** The command line in the background, its stderr lines counted as they come. */
export function cliProcess(...args) {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let text = '';
    child.stderr?.on('data', (chunk) => {
        text += String(chunk);
    });
    const done = new Promise((resolve) => child.on('close', (code) => resolve(code)));
    return { child, lines: () => text.split('\n').filter((l) => l !== ''), done };
}
/** Waits until `ready()` holds (polling), or fails after `ms`. */
export async function until(ready, ms = 180000) {
    const start = Date.now();
    while (!ready()) {
        if (Date.now() - start > ms)
            throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 20));
    }
}
/** Opens the store, runs `work` on it, closes it. */
export async function withStore(target, work) {
    const store = await openStore(target);
    try {
        return await work(store);
    }
    finally {
        await store.close();
    }
}
/**
 * The two files of one disclosure (北京's 情况说明 and 报表, two-files.case.ts) in two folders of
 * `dir`, as a download of a city's disclosures sorts them: [narrative, tables].
 */
export function twoFileDisclosure(dir) {
    const narrative = join(dir, '情况说明', '北京市财政局-情况说明.txt');
    const tables = join(dir, '报表', '北京市财政局-报表.txt');
    mkdirSync(join(dir, '情况说明'), { recursive: true });
    mkdirSync(join(dir, '报表'), { recursive: true });
    writeFileSync(narrative, `${NARRATIVE.join('\n')}\n`);
    writeFileSync(tables, `${TABLES.join('\n')}\n`);
    return [narrative, tables];
}
//# sourceMappingURL=testing.js.map