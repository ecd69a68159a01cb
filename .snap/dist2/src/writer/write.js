/**
 * Write a disclosure and check it before it leaves: the rendered file is read back by our own
 * reader and checked by our own rules (with the profile's checker profile); its error findings
 * come back with it, and the caller writes nothing when there are any.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDocument } from '../check.js';
import { readDocument } from '../reader.js';
import { convertWithLibreOffice, libreOfficeAvailable } from '../source/legacy.js';
import { composeDisclosure } from './compose.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { withPageNumbers } from './toc-pages.js';
/** LibreOffice is needed for a PDF and is not installed: `write` says so and exits 2. */
export class NoLibreOffice extends Error {
    constructor() {
        super('写出 PDF 需要 LibreOffice（soffice），请安装后重试，或写出 .docx / writing a PDF needs LibreOffice (soffice): install it, or write a .docx');
    }
}
/** DOCX → PDF through LibreOffice (fonts embedded by its PDF export). */
export async function docxToPdf(docx, timeMs = 120_000) {
    if (!libreOfficeAvailable())
        throw new NoLibreOffice();
    const pdf = await convertWithLibreOffice(docx, 'docx', 'pdf:writer_pdf_Export', timeMs);
    if (!pdf)
        throw new Error('LibreOffice 未能转换为 PDF / LibreOffice could not convert the document to PDF');
    return pdf;
}
export async function render(written, format, options = {}) {
    if (format === 'html')
        return Buffer.from(renderHtml(written), 'utf8');
    const paginate = options.tocPages !== false && (format === 'pdf' || libreOfficeAvailable());
    if (!paginate)
        return format === 'docx' ? renderDocx(written) : docxToPdf(renderDocx(written));
    const paged = await withPageNumbers(written, renderDocx, (docx) => docxToPdf(docx));
    return format === 'docx' ? paged.docx : paged.pdf;
}
/** Read the bytes as a file of that format would be read. */
async function readBackBytes(bytes, format, name) {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-write-'));
    try {
        const file = join(dir, `${name}.${format}`);
        writeFileSync(file, bytes);
        return await readDocument(file);
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
export async function writeDisclosure(input, profile, format, options = {}) {
    const written = composeDisclosure(input, profile);
    const bytes = await render(written, format, options);
    const readBack = await readBackBytes(bytes, format, 'disclosure');
    const { findings } = checkDocument(readBack, { profile: profile.checkProfile });
    return { bytes, written, readBack, findings, errors: findings.filter((f) => f.severity === 'error') };
}
//# sourceMappingURL=write.js.map