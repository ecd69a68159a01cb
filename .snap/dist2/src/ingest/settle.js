/**
 * What happens to one file or document at the end of its way through `ingest`, the same in both
 * modes: a document is checked as `check` checks it and stored with its findings; a file that
 * cannot be read or stored is recorded with its reason; either way the run hears of it.
 */
import { checkDocument } from '../check.js';
import { profileFor } from '../rules/profiles.js';
import { InputError } from '../source/errors.js';
import { StoreError } from '../store/errors.js';
import { pagesOf } from './pages.js';
/** The failure to record for an error met reading or storing a file. */
export function failureOf(file, sha256, error, runId) {
    if (error instanceof InputError || error instanceof StoreError)
        return { file, sha256, zh: error.zh, en: error.en, runId };
    const message = error instanceof Error ? error.message : String(error);
    return { file, sha256, zh: `内部错误，请报告此问题（${message}）`, en: `internal error, please report it (${message})`, runId };
}
/** Checks the document and stores it (through `put`: the store, or a claim of the shared queue). */
export async function storeChecked(doc, files, context, put) {
    const profile = profileFor(doc, context.profile ?? undefined).id;
    const { findings, summary } = checkDocument(doc, { profile });
    const result = await put(doc, findings, { profile, runId: context.runId });
    if (result.stored) {
        context.onFile({ files, status: 'stored', pages: pagesOf(doc), errors: summary.errors, version: result.version });
    }
    else {
        const stored = await context.store.hasDocument(doc.source.sha256);
        context.onFile({ files, status: 'skipped', pages: 0, errors: stored?.errors ?? summary.errors });
    }
}
/** Records the failure and tells the run. */
export async function recordFailed(failure, context, record = (f) => context.store.recordFailure(f)) {
    await record(failure);
    context.onFile({ files: [failure.file], status: 'failed', pages: 0, errors: 0, reason: `${failure.zh} / ${failure.en}` });
}
//# sourceMappingURL=settle.js.map