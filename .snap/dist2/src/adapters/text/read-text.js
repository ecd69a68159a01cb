import { cleanCell, cleanParagraph } from './markup.js';
/**
 * Split extracted text into paragraphs and grid rows. Two dump styles exist:
 * - `tsv`: one table row per line, cells separated by tabs (PDF text, markdown exports);
 * - `word-cells`: one cell per line, each prefixed by a tab, a blank line ends the row (Word dumps).
 */
export function detectStyle(lines) {
    let cellLines = 0;
    let tabbedLines = 0;
    for (const line of lines) {
        if (!line.includes('\t'))
            continue;
        tabbedLines++;
        if (/^\t[^\t]*$/.test(line))
            cellLines++;
    }
    return tabbedLines > 20 && cellLines / tabbedLines > 0.8 ? 'word-cells' : 'tsv';
}
export function splitLines(text) {
    return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}
export function readBlocks(text) {
    const lines = splitLines(text);
    const style = detectStyle(lines);
    const blocks = style === 'word-cells' ? wordCellBlocks(lines) : tsvBlocks(lines);
    return { style, blocks };
}
function isBlank(line) {
    return line.trim() === '';
}
function paragraph(line, index) {
    const { text, heading } = cleanParagraph(line);
    if (text === '')
        return null;
    return heading === undefined ? { type: 'para', text, line: index + 1 } : { type: 'para', text, line: index + 1, heading };
}
function tsvBlocks(lines) {
    const blocks = [];
    lines.forEach((line, index) => {
        if (isBlank(line))
            return;
        if (!line.includes('\t')) {
            const para = paragraph(line, index);
            if (para)
                blocks.push(para);
            return;
        }
        const cells = line.split('\t').map((text, col) => ({ text: cleanCell(text), col }));
        while (cells.length > 0 && cells[cells.length - 1]?.text === '')
            cells.pop();
        if (cells.length === 0)
            return;
        blocks.push({ type: 'row', cells, line: index + 1, lines: 1 });
    });
    return blocks;
}
function wordCellBlocks(lines) {
    const blocks = [];
    let current = null;
    const flush = () => {
        const row = current;
        if (row?.cells.some((c) => c.text !== ''))
            blocks.push(row);
        current = null;
    };
    lines.forEach((line, index) => {
        if (line.startsWith('\t')) {
            if (!current)
                current = { type: 'row', cells: [], line: index + 1, lines: 0 };
            current.cells.push({ text: cleanCell(line.slice(1)), col: current.cells.length });
            current.lines++;
            return;
        }
        flush();
        if (isBlank(line))
            return;
        const para = paragraph(line, index);
        if (para)
            blocks.push(para);
    });
    flush();
    return blocks;
}
//# sourceMappingURL=read-text.js.map