import { InputError } from '../../source/errors.js';
import { BlockWriter } from './blocks.js';
import { describePage } from './debug.js';
import { removeFurniture } from './furniture.js';
import { layoutPage } from './layout/page.js';
import { ocrAvailable, openOcr } from './ocr.js';
import { openPdf } from './pdfjs.js';
import { DEFAULT_SETTINGS } from './settings.js';
/** PDF: positioned text and ruling lines from pdf.js → grids, page by page. */
export const pdfAdapter = {
    format: 'pdf',
    async read({ file, bytes, limits, debug }) {
        const settings = DEFAULT_SETTINGS;
        const pdf = await openPdf(bytes, file, settings);
        const findings = [];
        try {
            if (pdf.pages > limits.maxPages)
                throw new InputError(`PDF 页数过多（${pdf.pages} 页，上限 ${limits.maxPages}）`, `too many pages (${pdf.pages}, limit ${limits.maxPages})`, file);
            const layouts = [];
            const notes = [];
            const textless = [];
            const ocrPages = new Set();
            let ocr = null;
            for (let n = 1; n <= pdf.pages; n++) {
                const content = await pdf.readPage(n);
                if (content.textLayer)
                    ocrPages.add(n);
                if (content.pieces.length === 0 && (await pdf.hasImages(n))) {
                    if (ocrAvailable()) {
                        ocr ??= openOcr(bytes);
                        content.pieces = ocr.page(n);
                        ocrPages.add(n);
                    }
                    else
                        textless.push(n);
                }
                const layout = layoutPage(content, settings);
                if (debug)
                    notes.push(describePage(layout, content.pieces.length) + (ocrPages.has(n) ? '\n   (OCR)' : ''));
                // Only the tables and lines are needed from here on: long documents stay small.
                layout.edges = [];
                layout.points = [];
                layout.cells = [];
                layouts.push(layout);
            }
            ocr?.close();
            removeFurniture(layouts, settings);
            const writer = new BlockWriter(ocrPages);
            for (const layout of layouts)
                writer.addPage(layout);
            if (ocrPages.size > 0) {
                const list = [...ocrPages];
                findings.push({
                    rule: 'reader/ocr',
                    severity: 'info',
                    message: `第 ${list.join('、')} 页是扫描图像，文字由 OCR 识别，置信度较低，请以表内勾稽关系核对 / pages ${list.join(', ')} are scanned images read by OCR (lower confidence): confirm them by the totals`,
                    source: { file, page: list[0] },
                });
            }
            if (textless.length > 0) {
                findings.push({
                    rule: 'reader/scanned-page',
                    severity: 'warning',
                    message: `第 ${textless.join('、')} 页是扫描图像、没有文字层，未能读取（需要安装 tesseract-ocr 和 tesseract-ocr-chi-sim） / pages ${textless.join(', ')} are scanned images without a text layer and were not read (install tesseract-ocr and tesseract-ocr-chi-sim)`,
                    source: { file, page: textless[0] },
                });
            }
            return { style: 'grid', blocks: writer.blocks, findings, pages: pdf.pages, debug: notes };
        }
        finally {
            await pdf.close();
        }
    },
};
//# sourceMappingURL=adapter.js.map