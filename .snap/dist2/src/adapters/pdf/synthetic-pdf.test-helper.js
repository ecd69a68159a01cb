/**
 * A one-page PDF written by hand for the adapter's tests: A4, the content stream given as is, a
 * Chinese font that is not embedded (STSong-Light, UniGB-UCS2-H, as many government PDFs use) as
 * /F1, and a small grey image as /Im0. `ucs2` writes a string as that font's hex codes.
 */
import { deflateSync } from 'node:zlib';
export const ucs2 = (text) => `<${[...text].map((ch) => ch.codePointAt(0).toString(16).padStart(4, '0')).join('')}>`;
export function syntheticPdf(content) {
    const pixels = deflateSync(Buffer.alloc(16, 0x80));
    const objects = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Im0 7 0 R >> >> /Contents 4 0 R >>',
        `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
        '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
        '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 8 0 R /DW 1000 >>',
        Buffer.concat([
            Buffer.from(`<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`, 'latin1'),
            pixels,
            Buffer.from('\nendstream', 'latin1'),
        ]),
        '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    ];
    return new Uint8Array(pdfFile(objects));
}
/** A PDF file of these objects, numbered from 1 (the first the catalog), with its cross-reference table. */
export function pdfFile(objects) {
    const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    const offsets = [];
    let length = chunks[0].length;
    objects.forEach((body, i) => {
        offsets.push(length);
        const part = Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
            typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
            Buffer.from('\nendobj\n', 'latin1'),
        ]);
        chunks.push(part);
        length += part.length;
    });
    const xref = [
        `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
        ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
    ].join('');
    chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(chunks);
}
//# sourceMappingURL=synthetic-pdf.test-helper.js.map