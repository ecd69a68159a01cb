/** Text as every adapter hands it on: one normal form for what readers see as the same characters. */

/** Full-width digits and punctuation → half-width; stray control characters dropped. */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    const code = ch.codePointAt(0) ?? 0;
    // Control characters, soft hyphens and zero-width marks carry nothing a reader sees.
    if ((code < 0x20 && code !== 0x09) || code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0xfeff) continue;
    out += code === 0x09 || code === 0xa0 || code === 0x3000 ? ' ' : ch;
  }
  return out;
}

/** Titles and 单位 lines that a table may carry as a row of its own (spreadsheets and PDFs draw them inside the ruling). */
const TITLE_OR_UNIT = /表(?:[(（][^)）]*[)）])?$|单位[:：]|^编制(?:单位|部门)/;

export function isTitleOrUnitLine(text: string): boolean {
  return TITLE_OR_UNIT.test(text.replace(/\s+/g, ''));
}
