import type { Phase } from '../../model/types.js';
import type { WriterInput } from '../input.js';
export interface WriterInputArgs {
    /** A filled workbook (.xlsx) or the canonical model (.json). */
    input?: string | null;
    /** The store, with `department` and `year`: that department-year as the input. */
    db?: string | null;
    department?: string | null;
    year?: number | null;
    phase?: Phase | null;
    /** A template profile id (national-budget …) the workbook is held to. */
    profile?: string | null;
    /** A Markdown file of `## 标题` texts. */
    texts?: string | null;
    /** Last year's document: a .json or any disclosure file. Without it, the store's year before (with --db). */
    previous?: string | null;
}
export declare function loadWriterInput(args: WriterInputArgs): Promise<WriterInput>;
