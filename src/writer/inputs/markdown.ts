/**
 * The texts a person writes, from a Markdown file: each `## 标题` section is the text under that
 * heading (部门职责, 机构设置, 支出预算增减原因 …), with the file and line of its heading.
 */
import type { WriterInput } from '../input.js';
import { textKey } from '../workbook/texts.js';

export interface Texts {
  texts: Record<string, string>;
  origins: NonNullable<WriterInput['origins']>;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

export function textsFromMarkdown(markdown: string, file: string): Texts {
  const out: Texts = { texts: {}, origins: {} };
  let current: { key: string; line: number; body: string[] } | null = null;
  const close = () => {
    if (!current) return;
    const text = current.body.join('\n').trim();
    if (text !== '') {
      out.texts[current.key] = text;
      out.origins[current.key] = { file, line: current.line };
    }
    current = null;
  };
  markdown.split(/\r?\n/).forEach((line, i) => {
    const heading = HEADING.exec(line);
    const depth = heading?.[1]?.length ?? 0;
    // `##` opens a text; `#` (the document's title) closes one; deeper headings belong to the text.
    if (heading && depth <= 2) {
      close();
      if (depth === 2) current = { key: textKey(heading[2] ?? ''), line: i + 1, body: [] };
    } else current?.body.push(line);
  });
  close();
  return out;
}
