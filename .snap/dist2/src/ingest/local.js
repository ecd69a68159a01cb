/**
 * Ingest in one process: files are read in parallel by the reader pool (as `check --jobs` reads
 * them), those already stored skipped by their sha256 before any reading. A disclosure published
 * as several files (北京's 情况说明 and 报表) is joined as `check` joins files given together,
 * wherever the files are among those given: a file that is one part of a disclosure waits (in
 * memory) for the other, and is stored alone when none comes. Every other document is stored as
 * soon as it is read, one at a time, each in its own transaction.
 */
import { groupParts, partnerOf, partOf } from '../model/document-set.js';
import { readDocumentWithLayout } from '../reader.js';
import { hashFile } from './files.js';
import { failureOf, recordFailed, storeChecked } from './settle.js';
/** Reads one file, unless a file with its bytes is stored already. */
async function readOne(file, context, pool) {
    let sha256 = null;
    try {
        sha256 = await hashFile(file);
        const stored = await context.store.hasDocument(sha256);
        if (stored)
            return { kind: 'skipped', files: [file], errors: stored.errors };
        const { doc } = await readDocumentWithLayout(file, { pool });
        return { kind: 'read', files: [file], doc };
    }
    catch (error) {
        return { kind: 'failed', files: [file], sha256, error };
    }
}
/** Two read parts of one disclosure as one outcome (the one given first first). */
function joined(first, second) {
    const [only] = groupParts([first, second], (o) => (o.kind === 'read' ? o.doc : null), (a, b, doc) => ({ kind: 'read', files: [...a.files, ...b.files], doc }));
    return only;
}
const partId = (part) => `${part.holds}|${part.key}`;
async function settle(outcome, context) {
    if (outcome.kind === 'skipped') {
        context.onFile({ files: outcome.files, status: 'skipped', pages: 0, errors: outcome.errors });
        return;
    }
    if (outcome.kind === 'failed') {
        const file = outcome.files[0];
        await recordFailed(failureOf(file, outcome.sha256, outcome.error, context.runId), context);
        return;
    }
    try {
        await storeChecked(outcome.doc, outcome.files, context, (doc, findings, options) => context.store.putDocument(doc, findings, options));
    }
    catch (error) {
        await recordFailed(failureOf(outcome.files[0], outcome.doc.source.sha256, error, context.runId), context);
    }
}
export async function ingestLocal(files, context, options) {
    // Parts read before their other part, in the order given.
    const waiting = new Map();
    // Stores run one after another, while the lanes go on reading.
    let storing = Promise.resolve();
    const store = (outcome) => {
        storing = storing.then(() => settle(outcome, context));
    };
    const arrived = (at, outcome) => {
        if (!options.group || outcome.kind !== 'read')
            return store(outcome);
        const partner = partnerOf(outcome.doc);
        const parts = partner ? waiting.get(partId(partner)) : undefined;
        const other = parts?.shift();
        if (other)
            return store(other.at < at ? joined(other.outcome, outcome) : joined(outcome, other.outcome));
        const part = partOf(outcome.doc);
        if (!part)
            return store(outcome);
        waiting.set(partId(part), [...(waiting.get(partId(part)) ?? []), { at, outcome }].sort((a, b) => a.at - b.at));
    };
    let next = 0;
    const lane = async () => {
        while (next < files.length) {
            const at = next++;
            arrived(at, await readOne(files[at], context, options.pool));
        }
    };
    await Promise.all(Array.from({ length: Math.min(files.length, options.pool.size + 1) }, lane));
    // Parts whose other part was not among the files: each stored alone.
    for (const { outcome } of [...waiting.values()].flat().sort((a, b) => a.at - b.at))
        store(outcome);
    await storing;
}
//# sourceMappingURL=local.js.map