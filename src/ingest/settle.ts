/**
 * What happens to one file or document at the end of its way through `ingest`, the same in both
 * modes: a document is checked as `check` checks it and stored with its findings; a file that
 * cannot be read or stored is recorded with its reason; either way the run hears of it.
 */
import { checkDocument } from '../check.js';
import type { BudgetDocument, Finding } from '../model/types.js';
import { profileFor } from '../rules/profiles.js';
import { InputError } from '../source/errors.js';
import { StoreError } from '../store/errors.js';
import type { Failure, PutOptions, PutResult, Store } from '../store/store.js';
import { pagesOf } from './pages.js';

export type FileStatus = 'stored' | 'skipped' | 'failed';

export interface FileEvent {
  /** The file, or the files of one disclosure read as one document. */
  files: string[];
  status: FileStatus;
  pages: number;
  /** Error findings of the document (stored now or before). */
  errors: number;
  version?: number;
  /** Why it failed, 中文 / English. */
  reason?: string;
}

export interface IngestContext {
  store: Store;
  runId: number;
  /** `--profile`: the disclosure profile to check against (detected per document otherwise). */
  profile: string | null;
  onFile: (event: FileEvent) => void;
}

/** The failure to record for an error met reading or storing a file. */
export function failureOf(file: string, sha256: string | null, error: unknown, runId: number): Failure {
  if (error instanceof InputError || error instanceof StoreError) return { file, sha256, zh: error.zh, en: error.en, runId };
  const message = error instanceof Error ? error.message : String(error);
  return { file, sha256, zh: `内部错误，请报告此问题（${message}）`, en: `internal error, please report it (${message})`, runId };
}

/** Checks the document and stores it (through `put`: the store, or a claim of the shared queue). */
export async function storeChecked(
  doc: BudgetDocument,
  files: string[],
  context: IngestContext,
  put: (doc: BudgetDocument, findings: Finding[], options: PutOptions) => Promise<PutResult>,
): Promise<void> {
  const profile = profileFor(doc, context.profile ?? undefined).id;
  const { findings, summary } = checkDocument(doc, { profile });
  const result = await put(doc, findings, { profile, runId: context.runId });
  if (result.stored) {
    context.onFile({ files, status: 'stored', pages: pagesOf(doc), errors: summary.errors, version: result.version });
  } else {
    const stored = await context.store.hasDocument(doc.source.sha256);
    context.onFile({ files, status: 'skipped', pages: 0, errors: stored?.errors ?? summary.errors });
  }
}

/** Records the failure and tells the run. */
export async function recordFailed(
  failure: Failure,
  context: IngestContext,
  record: (failure: Failure) => Promise<void> = (f) => context.store.recordFailure(f),
): Promise<void> {
  await record(failure);
  context.onFile({ files: [failure.file], status: 'failed', pages: 0, errors: 0, reason: `${failure.zh} / ${failure.en}` });
}
