import type { BudgetDocument, Finding } from '../model/types.js';
import { type ReportEntry } from './entries.js';
import type { Summary } from './stylish.js';
/** One self-contained HTML file: the tables as printed, faulty cells highlighted, findings beside them, a summary on top. */
export declare function formatHtml(doc: BudgetDocument, findings: Finding[], summary: Summary): string;
/** Several files in one self-contained report: the total on top, then each file's part or why it could not be read. */
export declare function formatHtmlReport(entries: ReportEntry[]): string;
