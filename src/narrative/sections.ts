import type { Paragraph } from '../adapters/text/blocks.js';
import { compact } from '../model/names.js';
import type { NarrativeSection } from '../model/types.js';

const PART = /^第[一二三四五六七八九十]+部分/;
const LEVEL1 = /^([一二三四五六七八九十]+)[、.．]\s*(.*)$/;
const LEVEL2 = /^[(（]([一二三四五六七八九十]+)[)）]\s*(.*)$/;
const SENTENCE_END = /[。；！？!?;:：）)]$/;

/**
 * Split 情况说明 into its numbered sections. The part starts at a heading naming 情况说明 and ends
 * at 名词解释 (or the end). Paragraphs broken by a page break are joined back.
 */
function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

export function readNarrative(paragraphs: Paragraph[], file: string): NarrativeSection[] {
  const start = findLastIndex(paragraphs, (p) => /情况说明/.test(p.text) && (PART.test(compact(p.text)) || p.heading !== undefined || compact(p.text).length <= 40) && !/^[-\s]*$/.test(p.text) && !/\.{4,}/.test(p.text));
  if (start < 0) return [];
  const sections: NarrativeSection[] = [];
  let current: NarrativeSection | null = null;
  let parent: string | undefined;
  for (const p of paragraphs.slice(start + 1)) {
    const text = p.text.trim();
    const t = compact(text);
    if (/名词解释/.test(t) && (PART.test(t) || /^[一二三四五六七八九十]+[、.]名词解释$/.test(t) || p.heading !== undefined)) break;
    if (PART.test(t)) continue;
    const l1 = LEVEL1.exec(text);
    const l2 = LEVEL2.exec(text);
    const isHeading = (m: RegExpExecArray | null) => m !== null && (m[2] ?? '').length <= 40 && !/[。；]$/.test(m[2] ?? '');
    if (isHeading(l1) || isHeading(l2)) {
      const m = (isHeading(l1) ? l1 : l2) as RegExpExecArray;
      const number = isHeading(l1) ? `${m[1]}、` : `（${m[1]}）`;
      current = { number, heading: (m[2] ?? '').trim(), text: '', source: { file, line: p.line } };
      if (isHeading(l1)) parent = number;
      else if (parent) current.parent = parent;
      sections.push(current);
      continue;
    }
    if (!current) continue;
    if (current.text === '') current.text = text;
    else current.text += SENTENCE_END.test(current.text) ? `\n${text}` : text;
  }
  return sections;
}
