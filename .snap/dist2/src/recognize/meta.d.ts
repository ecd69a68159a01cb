import type { GridRow, Paragraph } from '../adapters/blocks.js';
import type { Phase, Scope } from '../model/types.js';
export interface DocumentMeta {
    title: string;
    department: string | null;
    year: number | null;
    phase: Phase;
    scope: Scope;
}
/** Title, department, year and phase from the front matter (or the first line that names them). */
export declare function readMeta(paragraphs: Paragraph[]): DocumentMeta;
/**
 * A file of tables only (北京's 附件2 报表) prints no title: its year is the one printed under a
 * table's title, its department the one a form table names (部门整体支出绩效目标表: 部门名称 | …).
 */
export declare function metaFromTables(tables: Array<{
    preamble: Array<{
        text: string;
    }>;
    rows: GridRow[];
}>): {
    year: number | null;
    department: string | null;
};
/** The department a line names before the year of its disclosure (附件：北京市气象局2026年度部门预算报表). */
export declare function departmentNamedIn(text: string): string | null;
