/**
 * The texts a person writes, from a Markdown file: each `## 标题` section is the text under that
 * heading (部门职责, 机构设置, 支出预算增减原因 …), with the file and line of its heading.
 */
import type { WriterInput } from '../input.js';
export interface Texts {
    texts: Record<string, string>;
    origins: NonNullable<WriterInput['origins']>;
}
export declare function textsFromMarkdown(markdown: string, file: string): Texts;
