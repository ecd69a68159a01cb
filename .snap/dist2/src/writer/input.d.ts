import type { BudgetDocument } from '../model/types.js';
/**
 * What `budgetlens write` turns into a disclosure. Every reader of department data (a workbook,
 * the canonical JSON, a department-year in the store) produces this; the writer reads nothing else.
 *
 * - `document`: the tables as the canonical model (amounts exact, each row's origin the sheet and
 *   cell or file line it came from, so a refusal can point at it). Its `narrative` is ignored:
 *   the writer computes every sentence from the tables.
 * - `texts`: what a person must write, keyed by the heading the department wrote it under
 *   (a Markdown `## 部门职责` section, or a row of the workbook's 说明 sheet). The writer's profile
 *   names the keys it asks for; a key it needs and cannot find becomes a visible marker and a
 *   listed omission, never a silent placeholder.
 * - `previous`: last year's document of the same department, for the 上年 figures and the changes.
 * - `origins`: where each text came from (file and line, or sheet and cell), by key.
 */
export interface WriterInput {
    document: BudgetDocument;
    texts: Record<string, string>;
    previous?: BudgetDocument;
    origins?: Record<string, {
        file: string;
        line?: number;
        sheet?: string;
        cell?: string;
    }>;
}
