/**
 * A plain-text table for the terminal: columns padded to the width they take on screen (a Chinese
 * character takes two cells), amounts right-aligned.
 */
/** Cells on screen: wide (CJK, full-width) characters count two. */
export function screenWidth(text) {
    let width = 0;
    for (const ch of text) {
        const code = ch.codePointAt(0);
        width += isWide(code) ? 2 : 1;
    }
    return width;
}
function isWide(code) {
    return ((code >= 0x1100 && code <= 0x115f) ||
        (code >= 0x2e80 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) ||
        (code >= 0x20000 && code <= 0x3fffd));
}
export function textTable(header, rows, align = []) {
    const cells = [header, ...rows.map((r) => r.map((c) => c ?? '—'))];
    const widths = header.map((_, i) => Math.max(...cells.map((r) => screenWidth(r[i] ?? ''))));
    return cells.map((r) => r
        .map((c, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - screenWidth(c));
        return align[i] === 'right' ? pad + c : c + pad;
    })
        .join('  ')
        .trimEnd());
}
//# sourceMappingURL=text-table.js.map