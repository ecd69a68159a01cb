import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
/** The small CSV dialect of the data files: a header row, fields quoted with "" when needed. */
export function parseCsvLine(line) {
    // Most lines quote nothing: splitting them is many times faster than the scan below.
    if (!line.includes('"'))
        return line.split(',');
    const out = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted) {
            if (ch === '"' && line[i + 1] === '"') {
                cur += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else
                cur += ch;
        }
        else if (ch === '"')
            quoted = true;
        else if (ch === ',') {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    out.push(cur);
    return out;
}
/** Rows as records keyed by the header's column names, fields trimmed. */
export function parseCsv(text) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const header = parseCsvLine(lines[0] ?? '').map((h) => h.trim());
    const rows = [];
    for (let l = 1; l < lines.length; l++) {
        const fields = parseCsvLine(lines[l]);
        const row = {};
        for (let i = 0; i < header.length; i++)
            row[header[i]] = (fields[i] ?? '').trim();
        rows.push(row);
    }
    return rows;
}
/** Rows of a file of `data/` (next to the compiled code), or null when there is no such file. */
const parsed = new Map();
/** A data file's rows, parsed once (a year's list is built from the base file several times). */
export function readDataCsv(file) {
    if (!parsed.has(file)) {
        const path = fileURLToPath(new URL(`./data/${file}`, import.meta.url));
        parsed.set(file, existsSync(path) ? parseCsv(readFileSync(path, 'utf8')) : null);
    }
    return parsed.get(file) ?? null;
}
const tables = new Map();
/** The rows of a data file, each mapped by `row`, read once and kept (null when there is no such file). */
export function dataTable(file, row) {
    if (!tables.has(file))
        tables.set(file, readDataCsv(file)?.map(row) ?? null);
    return tables.get(file) ?? null;
}
//# sourceMappingURL=csv.js.map