import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeName } from '../model/names.js';

/** One entry of a classification list (政府收支分类科目). */
export interface CodeEntry {
  code: string;
  name: string;
  level: number;
  parent: string | null;
  status: string;
}

export type Scheme = 'function' | 'economic-department' | 'economic-government';

const cache = new Map<string, CodeList>();

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function parseCodeCsv(text: string): CodeEntry[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = parseCsvLine(lines[0] ?? '');
  const idx = (name: string) => header.indexOf(name);
  return lines.slice(1).map((line) => {
    const f = parseCsvLine(line);
    const parent = f[idx('parent')] ?? '';
    return {
      code: (f[idx('code')] ?? '').trim(),
      name: (f[idx('name')] ?? '').trim(),
      level: Number(f[idx('level')] ?? 0),
      parent: parent.trim() === '' ? null : parent.trim(),
      status: (f[idx('status')] ?? '').trim(),
    };
  });
}

/** A classification list with lookups by code and by normalised name. */
export class CodeList {
  readonly byCode = new Map<string, CodeEntry>();
  private readonly byName = new Map<string, CodeEntry[]>();

  constructor(
    readonly entries: CodeEntry[],
    /** The year of the list file (the nearest available when the asked year has none). */
    readonly year: number | null = null,
  ) {
    for (const e of entries) {
      this.byCode.set(e.code, e);
      const key = normalizeName(e.name);
      const list = this.byName.get(key) ?? [];
      list.push(e);
      this.byName.set(key, list);
    }
  }

  named(name: string): CodeEntry[] {
    return this.byName.get(normalizeName(name)) ?? [];
  }

  /** Entries with this name at this level, under `parent` when given. */
  find(name: string, level: number, parent?: string | null): CodeEntry[] {
    return this.named(name).filter((e) => e.level === level && (parent == null || e.parent === parent));
  }
}

function dataPath(file: string): string {
  return fileURLToPath(new URL(`./data/${file}`, import.meta.url));
}

/** The list of a scheme for a year; the nearest year available is used (lists change little). */
export function codeList(scheme: Scheme, year = 2024): CodeList {
  const file = `${scheme}-${year}.csv`;
  const cached = cache.get(file);
  if (cached) return cached;
  let list: CodeList;
  try {
    list = new CodeList(parseCodeCsv(readFileSync(dataPath(file), 'utf8')), year);
  } catch {
    // No list for this year: the 2024 list stands in (cached under this year too, read once).
    list = year !== 2024 ? codeList(scheme, 2024) : new CodeList([]);
  }
  cache.set(file, list);
  return list;
}
