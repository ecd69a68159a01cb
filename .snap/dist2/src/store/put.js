import { documentToRecords } from './records.js';
/** The files of a document: its parts, or its one source. */
export function fileHashes(doc) {
    return (doc.parts ?? [doc.source]).map((p) => p.sha256);
}
export async function storedIdOf(session, hashes) {
    const marks = hashes.map((_, i) => `$${i + 1}`).join(', ');
    const rows = await session.all(`SELECT d.id, d.version FROM document_files f JOIN documents d ON d.id = f.document_id WHERE f.sha256 IN (${marks}) LIMIT 1`, hashes);
    const row = rows[0];
    return row ? { id: Number(row.id), version: Number(row.version) } : null;
}
/**
 * The next version of the document's department-year-phase; the versions before it stop being the
 * newest (the queries compare only the newest, by a flag instead of a window over all documents).
 */
async function nextVersion(session, doc) {
    if (doc.department === null || doc.year === null)
        return 1;
    await session.lock(`version:${doc.department}|${doc.year}|${doc.phase}`);
    const same = [doc.department, doc.year, doc.phase];
    const rows = await session.all('SELECT COALESCE(MAX(version), 0) AS v FROM documents WHERE department = $1 AND year = $2 AND phase = $3', same);
    const version = Number(rows[0]?.v ?? 0) + 1;
    if (version > 1)
        await session.run('UPDATE documents SET newest = FALSE WHERE department = $1 AND year = $2 AND phase = $3 AND newest', same);
    return version;
}
export async function putInSession(session, doc, findings, options) {
    const hashes = fileHashes(doc);
    for (const hash of [...hashes].sort())
        await session.lock(`file:${hash}`);
    const existing = await storedIdOf(session, hashes);
    if (existing)
        return { ...existing, stored: false };
    const [row] = await session.all("SELECT nextval('document_ids') AS id");
    const id = BigInt(row?.id ?? 0);
    const version = await nextVersion(session, doc);
    const runId = options.runId == null ? null : BigInt(options.runId);
    const records = documentToRecords(doc, findings, { id, version, runId, profile: options.profile, ingestedAt: new Date() });
    await session.write(records);
    return { id: Number(id), version, stored: true };
}
//# sourceMappingURL=put.js.map