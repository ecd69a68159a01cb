/** HTML bytes → text: BOM, then <meta charset>, then UTF-8 when it decodes cleanly, else GB18030 (GBK pages). */
export function decodeHtml(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return new TextDecoder('utf-8').decode(bytes.subarray(3));
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (declared && declared !== 'utf-8' && declared !== 'utf8') {
        const label = /^(gb2312|gbk|gb18030|x-gbk)$/.test(declared) ? 'gb18030' : declared;
        try {
            return new TextDecoder(label).decode(bytes);
        }
        catch {
            // An unknown label: fall through to detection.
        }
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return new TextDecoder('gb18030').decode(bytes);
    }
}
//# sourceMappingURL=decode.js.map