/** The corpus's INDEX.md (../shared/corpus): one row per document with its city and department. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export function readCorpusIndex(corpusDir) {
    const entries = [];
    const cities = new Map();
    for (const line of readFileSync(join(corpusDir, 'INDEX.md'), 'utf8').split('\n')) {
        const cells = line.split('|').map((c) => c.trim());
        const file = cells[1] ?? '';
        if (!/^[\w-]+\/[^/]+\.\w+$/.test(file))
            continue;
        const city = file.split('/')[0];
        const entry = {
            file,
            city,
            cityName: cells[2] ?? city,
            department: cells[3] ?? '',
            year: Number(cells[4]),
            phase: cells[5] ?? '',
            pages: /^\d+$/.test(cells[6] ?? '') ? Number(cells[6]) : null,
        };
        entries.push(entry);
        if (!cities.has(city))
            cities.set(city, entry.cityName);
    }
    return { entries, cities };
}
//# sourceMappingURL=corpus-index.js.map