/**
 * The files `ingest` is given: files as named, folders walked (recursively, in name order) for
 * the formats the reader knows. A missing path is kept, so its failure is recorded like any other.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
/** The extensions of the formats the reader reads (legacy .doc/.xls through LibreOffice). */
export const READABLE_EXTENSIONS = new Set(['.pdf', '.docx', '.xlsx', '.html', '.htm', '.txt', '.md', '.doc', '.xls']);
function walk(dir, out) {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        if (entry.name.startsWith('.'))
            continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory())
            walk(path, out);
        else if (entry.isFile() && READABLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
            out.push(path);
    }
}
/** Every file to ingest, each once, folders expanded where they stand in the arguments. */
export function expandInputs(inputs) {
    const out = [];
    for (const input of inputs) {
        let isDir = false;
        try {
            isDir = statSync(input).isDirectory();
        }
        catch {
            // Missing: kept, and recorded as a failure when it is read.
        }
        if (isDir)
            walk(input, out);
        else
            out.push(input);
    }
    return [...new Set(out)];
}
/** The sha256 of a file's bytes, as the reader computes it (src/source/load.ts). */
export function hashFile(file) {
    return new Promise((resolve, reject) => {
        const hash = createHash('sha256');
        createReadStream(file)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
//# sourceMappingURL=files.js.map