import type { BudgetDocument, Finding } from '../model/types.js';
/** Findings grouped by the table they are about (in document order), then the narrative, then the document. */
export interface FindingGroup {
    title: string;
    findings: Finding[];
}
export declare function groupFindings(doc: BudgetDocument, findings: Finding[]): FindingGroup[];
