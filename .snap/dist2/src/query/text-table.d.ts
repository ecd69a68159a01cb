/**
 * A plain-text table for the terminal: columns padded to the width they take on screen (a Chinese
 * character takes two cells), amounts right-aligned.
 */
/** Cells on screen: wide (CJK, full-width) characters count two. */
export declare function screenWidth(text: string): number;
export type Align = 'left' | 'right';
export declare function textTable(header: string[], rows: Array<Array<string | null>>, align?: Align[]): string[];
