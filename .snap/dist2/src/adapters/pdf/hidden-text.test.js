import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPdf } from './pdfjs.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { syntheticPdf, ucs2 } from './synthetic-pdf.test-helper.js';
/** The text pieces the adapter reads off the one page of a synthetic PDF. */
async function piecesOf(content) {
    const pdf = await openPdf(syntheticPdf(content), 'synthetic.pdf', DEFAULT_SETTINGS);
    try {
        const page = await pdf.readPage(1);
        return page.pieces.map((p) => p.text);
    }
    finally {
        await pdf.close();
    }
}
const show = (x, y, text, before = '') => `BT ${before} /F1 12 Tf 1 0 0 1 ${x} ${y} Tm ${ucs2(text)} Tj ET`;
describe('text the PDF does not show', () => {
    it('reads visible text (the test PDF itself is read)', async () => {
        assert.deepEqual(await piecesOf(show(72, 700, '合计100.00')), ['合计100.00']);
    });
    it('drops text in render mode 3 (invisible) beside visible text: a layer under the page is not read twice', async () => {
        // An OCR layer or a producer's copy under the printed text: 3 Tr draws nothing.
        const content = [show(72, 700, '合计100.00'), show(72, 700, '合计100.00', '3 Tr'), show(72, 650, '备注', '7 Tr')].join('\n');
        assert.deepEqual(await piecesOf(content), ['合计100.00']);
    });
    it('drops text filled white on the white page, keeps white text on a dark fill (a shaded header cell)', async () => {
        const content = [
            show(72, 700, '合计100.00'),
            `q 1 1 1 rg ${show(72, 680, '合计999.00')} Q`,
            `q 0.2 0.2 0.2 rg 60 590 200 30 re f 1 g ${show(72, 600, '项目支出')} Q`,
        ].join('\n');
        assert.deepEqual(await piecesOf(content), ['合计100.00', '项目支出']);
    });
    it('drops text placed outside the page (pdf.js leaves it out of its text content)', async () => {
        const content = [show(72, 700, '合计100.00'), show(-400, 700, '草稿'), show(72, 900, '草稿')].join('\n');
        assert.deepEqual(await piecesOf(content), ['合计100.00']);
    });
    it('reads a string drawn twice at the same place (fake bold, overprint) once', async () => {
        // Bold simulated by drawing the title again 0.3 pt to the right.
        const content = [show(200, 760, '收支总表'), show(200.3, 760, '收支总表'), show(72, 700, '合计'), show(72, 700, '合计')].join('\n');
        assert.deepEqual(await piecesOf(content), ['收支总表', '合计']);
    });
    it('keeps the invisible text layer of a scanned image: it is the only reading of the page', async () => {
        const content = ['q 500 700 0 0 50 80 cm /Im0 Do Q', show(72, 700, '合计100.00', '3 Tr')].join('\n');
        assert.deepEqual(await piecesOf(content), ['合计100.00']);
    });
});
//# sourceMappingURL=hidden-text.test.js.map