import type { LayoutColumn } from './header.js';
/** A run of adjacent code columns and what it codes: the row itself, or a text column beside it. */
export interface CodeGroup {
    /** `null` for the row's own code; otherwise the texts key it is kept under (gov_economic_code). */
    key: string | null;
    columns: LayoutColumn[];
}
/**
 * The code runs of one side or panel. The run printed right before the row's label (or, failing
 * that, the first run) is the row's code; a run right before another name column codes that name
 * (政府预算支出经济分类科目名称 `gov_economic_name` → `gov_economic_code`).
 */
export declare function codeGroups(columns: LayoutColumn[]): CodeGroup[];
/**
 * The printed code: one column, or 类 | 款 | 项 parts joined. A 款 or 项 part printed with one digit
 * ("2" — a spreadsheet that dropped the leading zero) stands for two ("02").
 */
export declare function joinCodeParts(parts: string[]): {
    code: string | null;
    malformed: boolean;
};
/**
 * Reads one code group row after row. Split codes are printed carried down: the 类 part only on
 * the 类 row, a 款 row printing only its 款 part under it (201 | | → | 06 | → | | 01). A blank
 * leading part takes the part printed above it, as long as the rows above printed one.
 */
export declare class SplitCodeReader {
    private carried;
    read(printed: string[]): {
        code: string | null;
        malformed: boolean;
        parts: string[];
    };
}
