/** Markup that text dumps leave in disclosures: markdown headings, <b>/<p> fragments, Word bookmarks. */
const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const TAGS = /<\/?(?:b|p|br|strong|em|i|span|div)\s*\/?>/gi;
const BOLD = /\*\*/g;
/** Clean one paragraph line; remembers a markdown heading depth. */
export function cleanParagraph(line) {
    let text = line.replace(BOOKMARK, '');
    let heading;
    const md = /^\s*(#{1,6})\s+/.exec(text);
    if (md?.[1]) {
        heading = md[1].length;
        text = text.slice(md[0].length);
    }
    text = text.replace(/^\s*[-*]\s+(?=\S)/, '');
    text = cleanCell(text);
    return heading === undefined ? { text } : { text, heading };
}
/** Clean one table cell: tags removed (a </p> <p> boundary becomes a space), bookmarks and bold marks dropped. */
export function cleanCell(cell) {
    if (!/[<[*\u00a0"]/.test(cell))
        return cell.trim();
    return cell
        .replace(BOOKMARK, '')
        .replace(/<\/p>\s*<p>/gi, ' ')
        .replace(TAGS, '')
        .replace(BOLD, '')
        .replace(/\u00a0/g, ' ')
        .replace(/^\s*"|"\s*$/g, '')
        .trim();
}
//# sourceMappingURL=markup.js.map