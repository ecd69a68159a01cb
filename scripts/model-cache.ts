/**
 * The model as read, kept on disk between recall runs (`recall.js --cache DIR`): a change to the
 * rules or the mutations then re-checks without re-reading the PDFs (reading is most of a run).
 *
 * An entry is valid only for the same input read by the same reader: its key hashes the file's path
 * and bytes and the compiled reader — every module `reader.js` imports, directly, lazily (`import()`) or as a
 * worker (`new URL(…, import.meta.url)`), the data files beside them, and package-lock.json (the
 * pdf.js version). Any change to how documents are read gives new keys, so a stale model is never used.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { BudgetDocument } from '../src/model/types.js';

/** Relative module specifiers a compiled module loads: static and dynamic imports, workers. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every compiled module reachable from `entry`, sorted (their paths). */
export function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [resolve(entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file) || !existsSync(file) || !statSync(file).isFile()) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) stack.push(resolve(dirname(file), m[1] as string));
  }
  return [...seen].sort();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** A hash of what reading depends on: the reader's modules, the data files in their folders, the lockfile. */
export function readerFingerprint(readerModule: string, lockfile: string): string {
  const hash = createHash('sha256');
  const modules = importClosure(readerModule);
  const dataDirs = [...new Set(modules.map((m) => join(dirname(m), 'data')))].filter((d) => existsSync(d));
  const root = dirname(readerModule);
  for (const file of [...modules, ...dataDirs.flatMap(filesUnder), lockfile]) {
    // Named from the reader's folder, so a copy of the build (.dist-run) reads the same entries.
    hash.update(relative(root, file));
    hash.update(existsSync(file) ? readFileSync(file) : '');
  }
  return hash.digest('hex');
}

export class ModelCache {
  constructor(
    private readonly dir: string,
    private readonly fingerprint: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  private path(file: string): string {
    const key = createHash('sha256').update(this.fingerprint).update(resolve(file)).update(readFileSync(file)).digest('hex');
    return join(this.dir, `${key.slice(0, 32)}.v8`);
  }

  get(file: string): BudgetDocument | null {
    const path = this.path(file);
    return existsSync(path) && statSync(path).size > 0 ? (deserialize(readFileSync(path)) as BudgetDocument) : null;
  }

  set(file: string, doc: BudgetDocument): void {
    const path = this.path(file);
    // Written beside and renamed, so a run stopped halfway never leaves half an entry.
    writeFileSync(`${path}.tmp`, serialize(doc));
    renameSync(`${path}.tmp`, path);
  }
}
