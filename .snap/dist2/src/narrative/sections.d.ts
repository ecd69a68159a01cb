import type { Paragraph } from '../adapters/blocks.js';
import type { NarrativeSection } from '../model/types.js';
/** 一 … 九十九 (and Arabic digits) as a number. */
export declare function chineseNumber(text: string): number;
export declare function readNarrative(paragraphs: Paragraph[], file: string): NarrativeSection[];
/**
 * The 部门概况 part (第一部分 部门概况: 主要职能, 机构设置 …) as numbered sections: the units a
 * department says it has are stated there. The part runs from its heading (the last one: the 目录
 * lists it first) to the next part.
 */
export declare function readOverview(paragraphs: Paragraph[], file: string): NarrativeSection[];
