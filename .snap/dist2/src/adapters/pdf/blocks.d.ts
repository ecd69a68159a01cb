/**
 * Laid-out pages → blocks in reading order. Table rows become dense grid rows (merged cells once,
 * with their spans); text lines become paragraphs, wrapped lines of one paragraph joined; a line of
 * widely spaced phrases (编制部门：…   单位：元) becomes a row of cells, as a text dump gives it.
 */
import type { Block, GridRow } from '../blocks.js';
import type { LaidRow, LaidTable, PageLayout } from './layout/page.js';
/**
 * A table continued from the previous page may lose columns there (a 合计 cell merged over the code
 * columns): place its cells on the previous page's columns when every border it has is one of them.
 */
export declare function onColumnsOf(table: LaidTable, previous: LaidTable, tolerance?: number): LaidTable | null;
export declare class BlockWriter {
    private readonly ocrPages;
    /** Pages read by OCR: their blocks and cells are marked. */
    constructor(ocrPages?: ReadonlySet<number>);
    readonly blocks: Block[];
    private line;
    /** The last table of the previous page, when nothing followed it there. */
    private openTable;
    /** Where the blocks of the last table written begin, and its page. */
    private lastTable;
    /** Place and text of each cell of the first rows of the table being written (its header), kept while it runs over pages. */
    private headerCells;
    /** The laid-out table row each grid row was written from. */
    private readonly laidOf;
    /** Cells of the table being written that the page break cut at their bottom, by column: they run on. */
    private cutCells;
    addPage(page: PageLayout): void;
    private writePage;
    private addChunkRow;
    /**
     * A merged cell the page break cut (a project's name and amount spanning its indicator rows over
     * two pages) is one cell: the text of its part on this page goes on the text of its part on the
     * page before, where the row it belongs to was written; here it is blank.
     */
    private joinCutCells;
    /**
     * A table whose header broke across the page: the rows on the page before have only the coarse
     * columns of the header's upper rows. Write them again on the finer columns of this page.
     */
    private refine;
    /** `continuing`: the table goes on from the last row written, on the page before. */
    private addTable;
}
/**
 * A row broken by a page break (Word lets a row break across pages): the first row on the new page
 * holds only the rest of texts the last row of the page before began — text in columns where that row
 * has text running to the cell's border, and cells the row before filled left empty; a figure only as
 * the rest of an amount cut short. Its text is joined back into the row written before (`previous`,
 * laid out as `previousLaid`).
 */
export declare function joinBrokenRow(previous: GridRow, previousLaid: LaidRow, row: LaidRow): boolean;
