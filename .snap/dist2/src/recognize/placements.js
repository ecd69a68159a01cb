/**
 * Recognition speaks of block lines; binary sources also know the page and box, or the sheet and
 * cell, of each block. Copy those onto every origin in the document so a finding can point at them.
 */
export function applyPlacements(doc, blocks) {
    const byLine = new Map();
    for (const block of blocks)
        if (block.at)
            byLine.set(block.line, block.at);
    if (byLine.size === 0)
        return;
    const place = (origin) => {
        if (!origin || origin.line === undefined)
            return;
        const at = byLine.get(origin.line);
        if (at)
            Object.assign(origin, at);
    };
    for (const table of doc.tables) {
        place(table.source);
        for (const row of table.rows)
            place(row.source);
        for (const note of table.notes)
            place(note.source);
        place(table.emptyStatement?.source);
    }
    for (const section of doc.narrative)
        place(section.source);
    for (const entry of doc.toc)
        place(entry.source);
    for (const attachment of doc.attachments ?? [])
        place(attachment.source);
    for (const finding of doc.findings) {
        place(finding.source);
        place(finding.cell);
    }
}
//# sourceMappingURL=placements.js.map