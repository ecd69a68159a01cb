/** Markup that text dumps leave in disclosures: markdown headings, <b>/<p> fragments, Word bookmarks. */
export interface CleanLine {
    text: string;
    heading?: number;
}
/** Clean one paragraph line; remembers a markdown heading depth. */
export declare function cleanParagraph(line: string): CleanLine;
/** Clean one table cell: tags removed (a </p> <p> boundary becomes a space), bookmarks and bold marks dropped. */
export declare function cleanCell(cell: string): string;
