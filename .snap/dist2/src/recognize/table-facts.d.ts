import type { GridLayout, LayoutColumn } from './header.js';
/** How often something was seen, with a few examples as printed. */
export interface Seen {
    count: number;
    examples: string[];
}
export interface TableFacts {
    title: string;
    headerRows: number;
    dataRows: number;
    /** The header cells, compacted, each once. */
    headerCells: string[];
    columns: LayoutColumn[];
    /** Rows whose code or name is in the function classification (201 一般公共服务支出 …). */
    functionRows: Seen;
    /** Rows whose code or name is in an economic classification (301 工资福利支出, 501 …). */
    economicRows: Seen;
    /** Rows naming an income source: fiscal (一般公共预算拨款收入 …) and other (事业收入, 其他收入 …). */
    fiscalSourceRows: Seen;
    otherSourceRows: Seen;
    /** The distinct “三公” items the header or the uncoded rows name. */
    threePublicItems: Seen;
    /** Indicator tree words: 一级指标 … in the header, 产出指标 … in the rows. */
    indicators: Seen;
    unitTargets: Seen;
    agencyCells: Seen;
    /** Totals that tie, said in words (合计 = 基本支出 + 项目支出 …). */
    ties: string[];
}
export declare function tableFacts(title: string, layout: GridLayout, year: number | null): TableFacts;
