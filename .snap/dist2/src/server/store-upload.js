/**
 * An upload put in the serve's store, as `ingest` puts a file: once per sha256 (a file stored
 * already is the document it belongs to), with its findings; the original bytes are kept beside
 * the store under their sha256, and the stored document names that copy, so the corpus browser can
 * show the original PDF as it does for ingested files.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
/** Where an original is kept: `<dir>/<sha256>/<name>`, one folder per content. */
export async function saveOriginal(dir, file) {
    const folder = join(dir, file.sha256);
    const path = join(folder, file.name);
    try {
        await stat(path);
        return path;
    }
    catch {
        // Not kept yet: written beside it and renamed, so a reader never sees half a file.
    }
    await mkdir(folder, { recursive: true });
    const partial = join(folder, `.${randomUUID()}.part`);
    await writeFile(partial, file.bytes);
    await rename(partial, path);
    return path;
}
/** The document as stored: each file named by its kept copy (origins keep the uploaded names). */
function withKeptFiles(doc, kept) {
    const path = (sha256, name) => kept.get(sha256) ?? name;
    return {
        ...doc,
        source: { ...doc.source, file: path(doc.source.sha256, doc.source.file) },
        ...(doc.parts ? { parts: doc.parts.map((p) => ({ ...p, file: path(p.sha256, p.file) })) } : {}),
    };
}
/**
 * Stores the checked document unless one of its files is stored already (then that document's id);
 * `dir` null keeps no original (the stored document names the upload).
 */
export async function storeUpload(store, dir, files, doc, findings, profile) {
    for (const file of files) {
        const known = await store.hasDocument(file.sha256);
        if (known)
            return { id: known.id, version: known.version, stored: false };
    }
    const kept = new Map();
    if (dir !== null)
        for (const file of files)
            kept.set(file.sha256, await saveOriginal(dir, file));
    return store.putDocument(withKeptFiles(doc, kept), findings, { profile });
}
//# sourceMappingURL=store-upload.js.map