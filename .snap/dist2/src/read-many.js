/**
 * Many files read as one run: binary files in parallel through the reader pool, text files in this
 * thread, results in the order of the arguments. A file that cannot be read is an outcome like
 * the others, so one bad file never stops the rest.
 */
import { statSync } from 'node:fs';
import { readDocumentWithLayout } from './reader.js';
import { ReaderPool } from './source/pool.js';
export async function readDocuments(files, options = {}) {
    const pool = options.pool ?? new ReaderPool(options.jobs);
    const outcomes = new Array(files.length);
    const order = largestFirst(files);
    let next = 0;
    let done = 0;
    // One file more than threads is loaded at a time: every thread has its next file waiting, and
    // a long run never holds all its files' bytes at once.
    const lane = async () => {
        while (next < order.length) {
            const index = order[next++];
            const file = files[index];
            let outcome;
            try {
                outcome = { file, result: await readDocumentWithLayout(file, { ...options, pool }) };
            }
            catch (error) {
                outcome = { file, error: error instanceof Error ? error : new Error(String(error)) };
            }
            outcomes[index] = outcome;
            options.onRead?.(++done, files.length, outcome);
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.min(files.length, pool.size + 1) }, lane));
    }
    finally {
        if (!options.pool)
            await pool.close();
    }
    return outcomes;
}
/**
 * The biggest files first: the threads finish together instead of one reading the longest file
 * alone at the end (the report keeps the order of the arguments all the same).
 */
function largestFirst(files) {
    const size = (file) => {
        try {
            return file === '-' ? 0 : statSync(file).size;
        }
        catch {
            return 0;
        }
    };
    const sizes = files.map(size);
    return files.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}
//# sourceMappingURL=read-many.js.map