/**
 * A disclosure published as several files (北京: 附件1 情况说明 — the narrative — and 附件2 报表 — the
 * tables) is one document: the files given together that belong to one department, year and phase
 * are read as one, so the narrative is checked against the tables of the other file. Every table,
 * row, section and finding keeps the file it came from in its origin; `parts` lists the files.
 */
import { compact } from './names.js';
/** The document has tables of a known kind with data. */
export function holdsTables(doc) {
    return doc.tables.some((t) => t.kind !== 'unknown' && !t.empty);
}
/** The document has a 情况说明 (numbered narrative sections with text). */
export function holdsNarrative(doc) {
    return doc.narrative.some((s) => s.text.trim() !== '');
}
/** A narrative whose tables are not in the document: they are published elsewhere (or missing). */
export function tablesElsewhere(doc) {
    return holdsNarrative(doc) && !holdsTables(doc);
}
/**
 * Tables without a narrative (北京's 附件2 报表): the 情况说明 that states what the tables do not is
 * published as another file (or missing), so what only a narrative could say is not known here.
 */
export function narrativeElsewhere(doc) {
    return holdsTables(doc) && !holdsNarrative(doc);
}
/** Department, year and phase: what makes two files parts of one disclosure. */
function groupKey(doc) {
    if (doc.department === null || doc.year === null)
        return null;
    return `${compact(doc.department)}|${doc.year}|${doc.phase}`;
}
/**
 * For files read one at a time (ingest): the part this document is while the other part of its
 * disclosure has not been read — a narrative whose tables are elsewhere, or tables without a
 * narrative — or null when it is whole (stored as it is unless a waiting part joins it).
 */
export function partOf(doc) {
    const key = groupKey(doc);
    if (key === null)
        return null;
    if (tablesElsewhere(doc))
        return { key, holds: 'narrative' };
    if (narrativeElsewhere(doc))
        return { key, holds: 'tables' };
    return null;
}
/**
 * The part a document joins if one is waiting, as groupParts joins them: a document with a
 * narrative (with or without tables) joins tables alone, tables alone join a narrative.
 */
export function partnerOf(doc) {
    const key = groupKey(doc);
    if (key === null)
        return null;
    if (holdsNarrative(doc))
        return { key, holds: 'tables' };
    if (holdsTables(doc))
        return { key, holds: 'narrative' };
    return null;
}
function part(doc, holds) {
    return { ...doc.source, holds };
}
/**
 * The narrative part and the tables part of one disclosure as one document. The tables file's
 * tables come first, so that a kind printed in both (a summary table in the 情况说明) is read from
 * the tables file; `source` is the file given first.
 */
export function mergeParts(narrative, tables, narrativeFirst) {
    const parts = [part(narrative, 'narrative'), part(tables, 'tables')];
    const [first, second] = narrativeFirst ? [narrative, tables] : [tables, narrative];
    const attachments = narrative.attachments ?? [];
    return {
        title: narrative.title || tables.title,
        department: narrative.department ?? tables.department,
        year: narrative.year ?? tables.year,
        phase: narrative.phase,
        scope: narrative.scope,
        unit: tables.unit,
        units: tables.units.length > 0 ? tables.units : narrative.units,
        source: first.source,
        parts: narrativeFirst ? parts : [parts[1], parts[0]],
        ...(attachments.length > 0 ? { attachments } : {}),
        tables: [...tables.tables, ...narrative.tables],
        narrative: narrative.narrative,
        overview: narrative.overview.length > 0 ? narrative.overview : tables.overview,
        toc: [...first.toc, ...second.toc],
        findings: [...first.findings, ...second.findings],
    };
}
/**
 * The documents read from files given together, with the parts of one disclosure joined: in each
 * group of one department, year and phase, a file holding a narrative (with or without a few summary
 * tables) and the first file holding only tables become one document, where the earlier of the two
 * stood. A second narrative (another version of the same 情况说明) stays a document of its own.
 */
export function groupDocuments(docs) {
    return groupParts(docs, (doc) => doc, (_first, _second, doc) => doc);
}
/**
 * groupDocuments over the outcomes of a run (a file read, or one that could not be read, which
 * keeps its place): `docOf` gives an item's document, `join` makes the item of two joined ones
 * (the earlier first).
 */
export function groupParts(items, docOf, join) {
    const docs = items.map(docOf);
    const out = [...items];
    const taken = new Set();
    docs.forEach((doc, i) => {
        const key = doc ? groupKey(doc) : null;
        if (!doc || key === null || taken.has(i) || !holdsNarrative(doc))
            return;
        const j = docs.findIndex((other, k) => other !== null && !taken.has(k) && k !== i && groupKey(other) === key && holdsTables(other) && !holdsNarrative(other));
        if (j < 0)
            return;
        taken.add(i).add(j);
        const joined = mergeParts(doc, docs[j], i < j);
        const [first, second] = i < j ? [i, j] : [j, i];
        out[first] = join(items[first], items[second], joined);
        out[second] = null;
    });
    return out.filter((item) => item !== null);
}
//# sourceMappingURL=document-set.js.map