/** HTML bytes → text: BOM, then <meta charset>, then UTF-8 when it decodes cleanly, else GB18030 (GBK pages). */
export declare function decodeHtml(bytes: Uint8Array): string;
