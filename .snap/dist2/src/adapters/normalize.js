/** Text as every adapter hands it on: one normal form for what readers see as the same characters. */
/** Full-width digits and punctuation → half-width; stray control characters dropped. */
export function normalizeText(text) {
    let out = '';
    for (const ch of text.normalize('NFKC')) {
        const code = ch.codePointAt(0) ?? 0;
        // Control characters, soft hyphens and zero-width marks carry nothing a reader sees.
        if ((code < 0x20 && code !== 0x09) || code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0xfeff)
            continue;
        out += code === 0x09 || code === 0xa0 || code === 0x3000 ? ' ' : ch;
    }
    return out;
}
/** A table title's ending: …表, …表（续）. */
const TITLE_END = /表(?:[(（][^)）]*[)）])?$/;
/** Titles and 单位 lines that a table may carry as a row of its own (spreadsheets and PDFs draw them inside the ruling). */
const UNIT_LINE = /单位[:：]|^编制(?:单位|部门)/;
export function isTitleOrUnitLine(text) {
    const t = text.replace(/\s+/g, '');
    return TITLE_END.test(t) || UNIT_LINE.test(t);
}
/** Does this line end like a table title (…表)? */
export function endsLikeTableTitle(text) {
    return TITLE_END.test(text.replace(/\s+/g, ''));
}
//# sourceMappingURL=normalize.js.map