/**
 * An upload put in the serve's store, as `ingest` puts a file: once per sha256 (a file stored
 * already is the document it belongs to), with its findings; the original bytes are kept beside
 * the store under their sha256, and the stored document names that copy, so the corpus browser can
 * show the original PDF as it does for ingested files. The two parts of a disclosure given together
 * after one was stored alone replace that part (the store's supersedeParts). A deleted document's
 * kept originals go with it. Writes to the store and to the originals run one at a time per store,
 * so a delete never removes a copy an upload is about to name; nothing is left half done: an
 * original written for a document that is not stored is removed, and a delete that fails puts the
 * originals it moved aside back.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { BudgetDocument, Finding } from '../model/types.js';
import type { DeletedDocument } from '../store/delete.js';
import type { PutResult, Store } from '../store/store.js';

/** One uploaded file of the document: its name and bytes. */
export interface UploadedFile {
  name: string;
  sha256: string;
  bytes: Uint8Array;
}

const writes = new WeakMap<Store, Promise<unknown>>();

/** Runs `work` after the store's earlier writes (uploads and deletes) have finished. */
function serial<T>(store: Store, work: () => Promise<T>): Promise<T> {
  const run = (writes.get(store) ?? Promise.resolve()).then(work, work);
  writes.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}

/** A kept original: its path, and whether this call wrote it. */
interface Kept {
  path: string;
  written: boolean;
}

/** Where an original is kept: `<dir>/<sha256>/<name>`, one folder per content (a copy there already is reused). */
export async function saveOriginal(dir: string, file: UploadedFile): Promise<Kept> {
  const folder = join(dir, file.sha256);
  const present = await readdir(folder).catch(() => [] as string[]);
  const copy = present.find((name) => !name.startsWith('.'));
  if (copy) return { path: join(folder, copy), written: false };
  // Written beside it and renamed, so a reader never sees half a file.
  await mkdir(folder, { recursive: true });
  const path = join(folder, file.name);
  const partial = join(folder, `.${randomUUID()}.part`);
  await writeFile(partial, file.bytes);
  await rename(partial, path);
  return { path, written: true };
}

/** Removes originals this upload wrote (and their folder when it is left empty). */
async function unkeep(kept: Kept[]): Promise<void> {
  for (const { path } of kept.filter((k) => k.written)) {
    await rm(path, { force: true });
    await rmdir(resolve(path, '..')).catch(() => undefined);
  }
}

/** The document as stored: each file named by its kept copy (origins keep the uploaded names). */
function withKeptFiles(doc: BudgetDocument, kept: Map<string, string>): BudgetDocument {
  const path = (sha256: string, name: string) => kept.get(sha256) ?? name;
  return {
    ...doc,
    source: { ...doc.source, file: path(doc.source.sha256, doc.source.file) },
    ...(doc.parts ? { parts: doc.parts.map((p) => ({ ...p, file: path(p.sha256, p.file) })) } : {}),
  };
}

/**
 * Stores the checked document unless its files are stored already as one document (then that
 * document's id); a part of it stored alone is replaced. `dir` null keeps no original (the stored
 * document names the upload).
 */
export function storeUpload(
  store: Store,
  dir: string | null,
  files: UploadedFile[],
  doc: BudgetDocument,
  findings: Finding[],
  profile: string,
): Promise<PutResult> {
  return serial(store, async () => {
    const owners = await Promise.all(files.map((file) => store.hasDocument(file.sha256)));
    const [first] = owners;
    if (first && owners.every((o) => o?.id === first.id)) return { id: first.id, version: first.version, stored: false };
    const kept: Kept[] = [];
    try {
      if (dir !== null) for (const file of files) kept.push(await saveOriginal(dir, file));
      const paths = new Map(files.map((f, i) => [f.sha256, kept[i]?.path ?? f.name]));
      const put = await store.putDocument(dir === null ? doc : withKeptFiles(doc, paths), findings, {
        profile,
        supersedeParts: true,
      });
      if (!put.stored) await unkeep(kept);
      return put;
    } catch (error) {
      await unkeep(kept);
      throw error;
    }
  });
}

/** The folder of a kept original: `<dir>/<sha256>` when the stored file is in it, else null (an ingested file is never removed). */
function keptFolder(dir: string, file: { sha256: string; file: string }): string | null {
  const folder = resolve(dir, file.sha256);
  const inside = relative(folder, resolve(file.file));
  return inside !== '' && !inside.startsWith('..') && !inside.includes(sep) ? folder : null;
}

/**
 * Deletes a stored document and the originals kept for it (a file belongs to one document, so no
 * other refers to them): they are moved aside first, put back when the store cannot delete, and
 * removed once it has. Null when there is no such document.
 */
export function deleteStored(store: Store, dir: string | null, id: number): Promise<DeletedDocument | null> {
  return serial(store, async () => {
    const files = await store.query('SELECT sha256, file FROM document_files WHERE document_id = $1', [id]);
    const moved: Array<{ from: string; to: string }> = [];
    const putBack = async () => {
      for (const { from, to } of moved) await rename(to, from);
    };
    let deleted: DeletedDocument | null;
    try {
      for (const row of files) {
        const folder = dir === null ? null : keptFolder(dir, { sha256: String(row.sha256), file: String(row.file) });
        if (folder === null || dir === null) continue;
        const aside = join(dir, `.deleting-${randomUUID()}`);
        await rename(folder, aside).then(
          () => moved.push({ from: folder, to: aside }),
          () => undefined, // no copy kept any more: nothing to move
        );
      }
      deleted = await store.deleteDocument(id);
    } catch (error) {
      await putBack();
      throw error;
    }
    if (!deleted) {
      await putBack();
      return null;
    }
    for (const { to } of moved) await rm(to, { recursive: true, force: true });
    return deleted;
  });
}
