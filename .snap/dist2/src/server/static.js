/**
 * The web page and what it loads, all served by the app (nothing from outside): the compiled page
 * (dist/web), pdf.js's browser build with its CMaps and standard fonts, and ECharts' module build,
 * from node_modules.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.map': 'application/json',
    '.bcmap': 'application/octet-stream',
    '.pfb': 'application/octet-stream',
    '.ttf': 'font/ttf',
    '.wasm': 'application/wasm',
};
/** dist/web beside dist/src (this file is dist/src/server/static.js). */
export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** ECharts' one-file ES module build (no eval, no further imports), for the comparison pages. */
const ECHARTS_FILE = join(dirname(createRequire(import.meta.url).resolve('echarts/package.json')), 'dist', 'echarts.esm.min.mjs');
/** The pdf.js files the page may load: the browser build, its worker, CMaps, fonts, image decoders. */
const PDFJS_FILES = /^(?:build\/pdf(?:\.worker)?\.min\.mjs|cmaps\/[\w.-]+\.bcmap|standard_fonts\/[\w.-]+\.(?:pfb|ttf)|wasm\/[\w.-]+\.(?:wasm|js))$/;
const WEB_FILES = /^[\w-]+\.(?:js|css|html|map)$/;
async function fileResponse(root, path, cache) {
    const full = resolve(root, path);
    if (!full.startsWith(root + sep))
        return null;
    try {
        const bytes = await readFile(full);
        return new Response(new Uint8Array(bytes), {
            headers: { 'Content-Type': TYPES[extname(full)] ?? 'application/octet-stream', 'Cache-Control': cache },
        });
    }
    catch {
        return null;
    }
}
export function registerStatic(app) {
    app.get('/', async (c) => (await fileResponse(WEB_ROOT, 'index.html', 'no-cache')) ?? c.notFound());
    app.get('/app/:file', async (c) => {
        const file = c.req.param('file');
        return (WEB_FILES.test(file) && (await fileResponse(WEB_ROOT, file, 'no-cache'))) || c.notFound();
    });
    app.get('/vendor/echarts/echarts.esm.min.mjs', async (c) => {
        return (await fileResponse(dirname(ECHARTS_FILE), 'echarts.esm.min.mjs', 'public, max-age=86400')) ?? c.notFound();
    });
    app.get('/vendor/pdfjs/*', async (c) => {
        const path = c.req.path.slice('/vendor/pdfjs/'.length);
        return (PDFJS_FILES.test(path) && (await fileResponse(PDFJS_ROOT, join(path), 'public, max-age=86400'))) || c.notFound();
    });
}
//# sourceMappingURL=static.js.map