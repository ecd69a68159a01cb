/** The corpus's INDEX.md (../shared/corpus): one row per document with its city and department. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusEntry {
  /** Path inside the corpus folder (`beijing/caizheng-2026-bb.pdf`). */
  file: string;
  /** The city's folder (`beijing`). */
  city: string;
  cityName: string;
  department: string;
  year: number;
  phase: string;
  pages: number | null;
}

export function readCorpusIndex(corpusDir: string): { entries: CorpusEntry[]; cities: Map<string, string> } {
  const entries: CorpusEntry[] = [];
  const cities = new Map<string, string>();
  for (const line of readFileSync(join(corpusDir, 'INDEX.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = cells[1] ?? '';
    if (!/^[\w-]+\/[^/]+\.\w+$/.test(file)) continue;
    const city = file.split('/')[0] as string;
    const entry: CorpusEntry = {
      file,
      city,
      cityName: cells[2] ?? city,
      department: cells[3] ?? '',
      year: Number(cells[4]),
      phase: cells[5] ?? '',
      pages: /^\d+$/.test(cells[6] ?? '') ? Number(cells[6]) : null,
    };
    entries.push(entry);
    if (!cities.has(city)) cities.set(city, entry.cityName);
  }
  return { entries, cities };
}

/**
 * The entries of one city, department, year and phase together (北京's 情况说明 and 报表), as a user
 * gives the files of one disclosure; the reader joins those that are its parts (groupDocuments).
 */
export function disclosureGroups(entries: CorpusEntry[]): CorpusEntry[][] {
  const groups = new Map<string, CorpusEntry[]>();
  for (const e of entries) {
    const key = `${e.city}|${e.department}|${e.year}|${e.phase}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()];
}
