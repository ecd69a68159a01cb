/**
 * Ingest shared by several processes, on one machine or many, through PostgreSQL's queue
 * (store.ts WorkQueue): every process adds its files to ingest_jobs, then its lanes take the next
 * file nobody holds, read it, and store it in the transaction that holds the file. A file is
 * stored once whatever the number of processes; a process that dies leaves its file to the next,
 * and a file that every process dies reading is given up after MAX_ATTEMPTS, recorded as a
 * failure. The parts of a disclosure in several files are joined as in one process (local.ts): a
 * part read first waits in the queue; the process that reads the other part takes it into its
 * claim, reads it again and stores the two as one document. Parts whose other part never comes
 * are stored alone by the last process, when no file is left to read.
 */
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { groupDocuments, partnerOf, partOf } from '../model/document-set.js';
import { readDocumentWithLayout } from '../reader.js';
import { hashFile } from './files.js';
import { failureOf, recordFailed, storeChecked } from './settle.js';
/** Claims of one file that may end unfinished (the process died) before it is given up. */
export const MAX_ATTEMPTS = 3;
const read = async (file, pool) => (await readDocumentWithLayout(file, { pool })).doc;
/** The claimed document joined with a waiting part of its disclosure, if one waits. */
async function withPartner(claim, doc, context, pool) {
    const wanted = partnerOf(doc);
    const partner = wanted ? await claim.partner(wanted) : null;
    if (!partner)
        return null;
    let other;
    try {
        other = await read(partner.file, pool);
    }
    catch (error) {
        const failure = failureOf(partner.file, partner.sha256, error, context.runId);
        const mine = {
            ...failure,
            file: claim.file,
            sha256: claim.sha256,
            zh: `同一公开文件的另一部分 ${partner.file} 无法读取（${failure.zh}）`,
            en: `the other part of its disclosure, ${partner.file}, could not be read (${failure.en})`,
        };
        await recordFailed(failure, context, () => claim.fail([failure, mine]));
        context.onFile({ files: [claim.file], status: 'failed', pages: 0, errors: 0, reason: `${mine.zh} / ${mine.en}` });
        return 'failed';
    }
    // In the order of their paths, as the files of a folder are given.
    const [first, second] = claim.file < partner.file ? [doc, other] : [other, doc];
    const [joined] = groupDocuments([first, second]);
    return { doc: joined, files: [claim.file, partner.file].sort() };
}
async function work(claim, context, options) {
    if (claim.unfinished >= MAX_ATTEMPTS) {
        const reason = {
            zh: `已有 ${claim.unfinished} 个进程在读取或保存此文件时中止，不再重试`,
            en: `${claim.unfinished} processes stopped while reading or storing this file; not tried again`,
        };
        await recordFailed({ file: claim.file, sha256: claim.sha256, ...reason, runId: context.runId }, context, (f) => claim.fail([f]));
        return;
    }
    const stored = await context.store.hasDocument(claim.sha256);
    if (stored) {
        await claim.skip();
        context.onFile({ files: [claim.file], status: 'skipped', pages: 0, errors: stored.errors });
        return;
    }
    let doc;
    try {
        doc = await read(claim.file, options.pool);
    }
    catch (error) {
        await recordFailed(failureOf(claim.file, claim.sha256, error, context.runId), context, (f) => claim.fail([f]));
        return;
    }
    let files = [claim.file];
    if (options.group) {
        const joined = await withPartner(claim, doc, context, options.pool);
        if (joined === 'failed')
            return;
        const part = partOf(doc);
        if (joined)
            ({ doc, files } = joined);
        else if (part && !claim.waited)
            return claim.wait(part);
    }
    try {
        await storeChecked(doc, files, context, (d, findings, putOptions) => claim.put(d, findings, putOptions));
    }
    catch (error) {
        await recordFailed(failureOf(claim.file, claim.sha256, error, context.runId), context, (f) => claim.fail([f]));
    }
}
export async function ingestShared(files, context, queue, options) {
    const jobs = [];
    for (const file of files) {
        try {
            jobs.push({ file: resolve(file), sha256: await hashFile(file) });
        }
        catch (error) {
            await recordFailed(failureOf(file, null, error, context.runId), context);
        }
    }
    await queue.enqueue(jobs);
    const worker = `${hostname()}:${process.pid}`;
    const lane = async () => {
        for (;;) {
            // Files to read first; then, when none is left anywhere, the parts still waiting.
            const claim = (await queue.claim(worker)) ?? (await queue.claimWaiting(worker));
            if (!claim)
                return;
            try {
                await work(claim, context, options);
            }
            catch (error) {
                // The connection failed under the claim: the file goes back to the queue, the failure is recorded apart.
                await claim.release();
                await recordFailed(failureOf(claim.file, claim.sha256, error, context.runId), context);
            }
        }
    };
    await Promise.all(Array.from({ length: options.pool.size + 1 }, lane));
}
//# sourceMappingURL=shared.js.map