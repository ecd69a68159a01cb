import type { FormatAdapter } from '../adapter.js';
import type { SourceRow } from '../grid.js';
export declare function columnIndex(letters: string): number;
export declare function columnLetters(index: number): string;
export declare function sheetRows(xml: string, strings: string[], formats: string[], sheet: string): SourceRow[];
export declare const xlsxAdapter: FormatAdapter;
