/** A run over several files: each file's report or why it could not be read, and the total across them. */
import type { BudgetDocument, Finding } from '../model/types.js';
import type { Summary } from './stylish.js';
export type ReportEntry = {
    doc: BudgetDocument;
    findings: Finding[];
    summary: Summary;
} | {
    file: string;
    zh: string;
    en: string;
};
export interface Total extends Summary {
    files: number;
    read: number;
    unreadable: number;
}
export declare function totalOf(entries: ReportEntry[]): Total;
/** One line, Chinese then English. */
export declare function totalLine(total: Total): string;
