/**
 * Where a datum sits, as its reader can find it: the page of a PDF (with the block number), the
 * sheet and cell of a workbook, the table cell of a Word or web page, the line of a text dump.
 */
export function originLabel(origin, form = 'long') {
    if (!origin)
        return form === 'long' ? '位置不明' : '';
    if (origin.sheet)
        return `${origin.sheet}!${origin.cell ?? ''}`;
    if (origin.page !== undefined)
        return form === 'long' ? `第 ${origin.page} 页${origin.ocr ? '（OCR）' : ''}` : `p.${origin.page}`;
    if (origin.cell)
        return origin.cell;
    return origin.line !== undefined ? (form === 'long' ? `第 ${origin.line} 行` : String(origin.line)) : '';
}
/** The file or files a document was read from: a disclosure read from several lists them all. */
export function documentFiles(doc) {
    return doc.parts ? doc.parts.map((p) => p.file).join(' + ') : doc.source.file;
}
//# sourceMappingURL=origin.js.map