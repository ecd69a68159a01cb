/**
 * The baseline `npm run bench` compares the reader with: bare pdf.js on the same files, as a
 * whole process — the document opened with packed CMaps and eval off, then getTextContent and
 * getOperatorList on every page (the two calls the reader needs), nothing else. Prints what it
 * measured of itself as JSON: pages, CPU time, peak resident size.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
const base = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
let pages = 0;
for (const file of process.argv.slice(2)) {
    const doc = await lib.getDocument({
        data: new Uint8Array(readFileSync(file)),
        cMapUrl: `${join(base, 'cmaps')}/`,
        cMapPacked: true,
        isEvalSupported: false,
        verbosity: 0,
    }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        await page.getTextContent();
        await page.getOperatorList();
    }
    pages += doc.numPages;
    await doc.destroy();
}
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ pages, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
//# sourceMappingURL=bare-pdfjs.js.map