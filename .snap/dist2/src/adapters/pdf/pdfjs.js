/**
 * pdf.js, loaded only when a PDF is read, with the settings that keep Chinese text and keep
 * hostile files harmless: packed CMaps and standard fonts from the installed package (on Node 20
 * a plain path, not a file:// URL, or text in non-embedded CJK fonts silently disappears), no eval,
 * no font loading into the host, no network.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InputError } from '../../source/errors.js';
import { visiblePieces } from './clip.js';
import { readOperators } from './operators.js';
import { collapseOverprints } from './overprint.js';
import { piecesFromItems } from './text.js';
/**
 * Where pdf.js "loads" fonts: nowhere. On Node pdf.js defaults to disableFontFace, which makes its
 * worker compile the outline of every glyph shown and send it over for drawing; we draw nothing,
 * so fonts go to this document, which drops them (measured on a 230-page PDF: 15 % less time in
 * pdf.js, peak resident 405 MB → 258 MB).
 */
const NO_FONT_DOCUMENT = {
    createElement: () => ({ sheet: { cssRules: [], insertRule() { } }, remove() { } }),
    documentElement: { getElementsByTagName: () => [{ append() { } }] },
};
let loaded = null;
/** pdf.js runs its "worker" in this thread on Node (the PDF adapter's own worker thread): its module, loaded up front. */
const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
/**
 * The legacy build's core-js polyfills replace built-ins for the whole thread when the engine fails
 * one of their conformance probes: on Node 20, Array.prototype.push and JSON.parse/stringify become
 * JavaScript functions, and every push of the layout stages pays for it (about a tenth of the time
 * spent on a page). Once pdf.js and its worker module are loaded the engine's own are put back:
 * they behave alike for everything pdf.js and the reader do.
 */
async function loadPdfJs() {
    const natives = [
        [Array.prototype, 'push', Array.prototype.push],
        [JSON, 'parse', JSON.parse],
        [JSON, 'stringify', JSON.stringify],
    ];
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import(WORKER_MODULE);
    for (const [owner, name, fn] of natives)
        Object.defineProperty(owner, name, { value: fn, writable: true, configurable: true });
    return lib;
}
function pdfjs() {
    loaded ??= loadPdfJs();
    return loaded;
}
function packageDir() {
    const require = createRequire(import.meta.url);
    return dirname(require.resolve('pdfjs-dist/package.json'));
}
export async function openPdf(bytes, file, settings) {
    const lib = await pdfjs();
    const base = packageDir();
    const task = lib.getDocument({
        // pdf.js takes over (detaches) the buffer it is given: give it a copy, the OCR needs the bytes too.
        data: bytes.slice(),
        cMapUrl: `${join(base, 'cmaps')}/`,
        cMapPacked: true,
        standardFontDataUrl: `${join(base, 'standard_fonts')}/`,
        isEvalSupported: false,
        disableFontFace: false,
        ownerDocument: NO_FONT_DOCUMENT,
        useSystemFonts: false,
        stopAtErrors: false,
        verbosity: 0,
    });
    let doc;
    try {
        doc = await task.promise;
    }
    catch (error) {
        const name = error.name;
        if (name === 'PasswordException')
            throw new InputError('PDF 文件有密码保护，无法读取', 'the PDF is password-protected', file);
        const message = error instanceof Error ? error.message : String(error);
        throw new InputError(`PDF 文件已损坏或无法解析（${message}）`, `the PDF is damaged or cannot be parsed (${message})`, file);
    }
    const ops = lib.OPS;
    return {
        pages: doc.numPages,
        async readPage(number) {
            const page = await doc.getPage(number);
            const viewport = page.getViewport({ scale: 1 });
            const view = viewport.transform;
            const text = await page.getTextContent();
            const items = text.items.filter((it) => 'str' in it);
            const operators = await page.getOperatorList();
            const size = { width: viewport.width, height: viewport.height };
            const { edges, runs, textLayer } = readOperators(operators.fnArray, operators.argsArray, ops, view, size, settings);
            page.cleanup();
            // The document's caches (fonts, images) are emptied only now and then: each emptying makes
            // pdf.js parse every font again. Since fonts are no longer turned into glyph outlines they
            // hold little (230 pages, 3 runs: peak 204-226 MB emptying every 25 pages, 211-214 MB never;
            // 6.9-8.3 s against 6.0-6.4 s CPU); a very long document is still emptied every 200 pages.
            if (number % 200 === 0)
                await doc.cleanup();
            const pieces = collapseOverprints(visiblePieces(piecesFromItems(items, view), runs));
            return { page: number, ...size, pieces, edges, ...(textLayer ? { textLayer } : {}) };
        },
        async hasImages(number) {
            const page = await doc.getPage(number);
            const operators = await page.getOperatorList();
            const imageOps = new Set([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageMaskXObject]);
            return Array.from(operators.fnArray).some((fn) => imageOps.has(fn));
        },
        async close() {
            await doc.destroy();
        },
    };
}
//# sourceMappingURL=pdfjs.js.map