import { textKey } from '../workbook/texts.js';
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
export function textsFromMarkdown(markdown, file) {
    const out = { texts: {}, origins: {} };
    let current = null;
    const close = () => {
        if (!current)
            return;
        const text = current.body.join('\n').trim();
        if (text !== '') {
            out.texts[current.key] = text;
            out.origins[current.key] = { file, line: current.line };
        }
        current = null;
    };
    markdown.split(/\r?\n/).forEach((line, i) => {
        const heading = HEADING.exec(line);
        const depth = heading?.[1]?.length ?? 0;
        // `##` opens a text; `#` (the document's title) closes one; deeper headings belong to the text.
        if (heading && depth <= 2) {
            close();
            if (depth === 2)
                current = { key: textKey(heading[2] ?? ''), line: i + 1, body: [] };
        }
        else
            current?.body.push(line);
    });
    close();
    return out;
}
//# sourceMappingURL=markdown.js.map