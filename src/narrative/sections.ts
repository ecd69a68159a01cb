import type { Paragraph } from '../adapters/blocks.js';
import { compact } from '../model/names.js';
import type { NarrativeSection } from '../model/types.js';
import { HEADING_RUN_ON } from '../recognize/narrative-vocabulary.js';

const PART = /^第[一二三四五六七八九十]+部分/;
const LEVEL1 = /^([一二三四五六七八九十]+|\d{1,2})[、.．]\s*(.*)$/;
const LEVEL2 = /^[(（]([一二三四五六七八九十]+)[)）]\s*(.*)$/;

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 (and Arabic digits) as a number. */
export function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (
    (tens === undefined ? 0 : tens === '' && text.includes('十') ? 10 : (DIGITS[tens] ?? 0) * 10) + (DIGITS[ones ?? ''] ?? 0)
  );
}

interface Heading {
  level: 1 | 2;
  n: number;
  number: string;
  title: string;
}

/** A short numbered line that is not a sentence. */
function headingOf(text: string): Heading | null {
  const short = (title: string) => title.length <= 40 && !/[。；;]$/.test(title);
  const l1 = LEVEL1.exec(text);
  if (l1 && short(l1[2] ?? '')) {
    return { level: 1, n: chineseNumber(l1[1] ?? ''), number: `${l1[1]}、`, title: (l1[2] ?? '').trim() };
  }
  const l2 = LEVEL2.exec(text);
  if (l2 && short(l2[2] ?? ''))
    return { level: 2, n: chineseNumber(l2[1] ?? ''), number: `（${l2[1]}）`, title: (l2[2] ?? '').trim() };
  return null;
}
const SENTENCE_END = /[。；！？!?;:：）)]$/;

/**
 * Split 情况说明 into its numbered sections. The part starts at a heading naming 情况说明 and ends
 * at 名词解释 (or the end). Paragraphs broken by a page break are joined back.
 */
function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

/** A part of the narrative named as such: 情况说明, or the Shanghai parts (编制说明, 其他相关情况说明). */
const SHANGHAI_PART = /(?:预算|决算)编制说明$|其他相关情况说明$|项目经费情况说明$/;

/**
 * Where 情况说明 starts: its part heading, also worded …预算说明 / …情况和重要事项说明 (长沙, 烟台),
 * and also printed as 第三部分 alone above its title. The last one: the 目录 lists it first.
 */
function narrativeStart(paragraphs: Paragraph[]): number {
  const texts = paragraphs.map((p) => compact(p.text));
  const named = (t: string) => /(?:预算|决算|情况|事项|公开)说明$/.test(t);
  for (let i = texts.length - 1; i >= 0; i--) {
    const t = texts[i] as string;
    const titled =
      PART.test(t) ||
      /^\S{0,40}(?:预算|决算)(?:信息)?公开情况说明$/.test(t) ||
      // A title naming the year's 情况说明 (北京市国资委: 2026 部门预算情况的说明), the department
      // named before 部门 and the budget's 安排 after it (湖州: 2026 年湖州市财政局部门预算安排情况说明).
      /^\S{0,40}\d{4}(?:年度?)?(?:\S{0,30}?(?:部门|单位))?(?:预算|决算)(?:安排)?情况的?说明$/.test(t) ||
      t === '情况说明';
    if (/情况的?说明$/.test(t) && titled) return i;
    if (PART.test(t) && named(t)) return i;
    const before = texts[i - 1] ?? '';
    if (PART.test(before) && before.replace(PART, '') === '' && named(t) && t.length <= 40) return i;
  }
  return -1;
}

/** A heading run on into its first line or the next heading, split back into its own paragraphs (again for the next). */
function splitRunOnHeadings(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.flatMap((p) => {
    const out: Paragraph[] = [];
    let text = p.text.trim();
    for (let m = HEADING_RUN_ON.exec(text); m; m = HEADING_RUN_ON.exec(text)) {
      const heading = m[1] as string;
      out.push({ ...p, text: heading });
      text = text.slice(heading.length).trim();
    }
    return out.length === 0 ? [p] : [...out, { ...p, text }];
  });
}

export function readNarrative(all: Paragraph[], file: string): NarrativeSection[] {
  const paragraphs = splitRunOnHeadings(all);
  const start = narrativeStart(paragraphs);
  if (start >= 0) return readPart(paragraphs.slice(start + 1), file, null);
  // Templates that spread the narrative over several parts: each part heading that is followed by
  // body text (a table-of-contents entry is followed by other entries) starts a part.
  const starts = paragraphs.flatMap((p, i) => (SHANGHAI_PART.test(compact(p.text)) && compact(p.text).length <= 40 ? [i] : []));
  const sections: NarrativeSection[] = [];
  starts.forEach((s, k) => {
    const end = starts[k + 1] ?? paragraphs.length;
    const body = paragraphs.slice(s + 1, end);
    if (!body.some((p) => compact(p.text).length >= 40)) return;
    sections.push(...readPart(body, file, paragraphs[s] as Paragraph));
  });
  return sections;
}

/**
 * The 部门概况 part (第一部分 部门概况: 主要职能, 机构设置 …) as numbered sections: the units a
 * department says it has are stated there. The part runs from its heading (the last one: the 目录
 * lists it first) to the next part.
 */
export function readOverview(all: Paragraph[], file: string): NarrativeSection[] {
  const paragraphs = splitRunOnHeadings(all);
  const start = findLastIndex(paragraphs, (p) => OVERVIEW.test(compact(p.text)));
  if (start < 0) return [];
  const next = paragraphs.findIndex((p, i) => i > start && PART.test(compact(p.text)));
  return readPart(paragraphs.slice(start + 1, next < 0 ? paragraphs.length : next), file, null);
}

const OVERVIEW = /^(?:第[一二三四五六七八九十]+部分\S{0,30}概况|\S{0,20}(?:部门|单位)概况)$/;

/** The numbered sections of one part; text before the first heading belongs to the part itself when it is named. */
function readPart(body: Paragraph[], file: string, intro: Paragraph | null): NarrativeSection[] {
  const sections: NarrativeSection[] = [];
  let current: NarrativeSection | null = null;
  if (intro) {
    current = { number: '', heading: intro.text.trim(), text: '', source: { file, line: intro.line } };
    sections.push(current);
  }
  let topNumber = 0;
  let subNumber = 0;
  let listRun = 0;
  let parent: string | undefined;
  // Arabic-numbered lines are top-level sections only where the Chinese numbering leaves a gap (8、 9、 after 七、).
  const chineseTop = new Set(
    body.map((p) => headingOf(p.text.trim())).flatMap((h) => (h && h.level === 1 && !/^\d/.test(h.number) ? [h.n] : [])),
  );
  // A 目录 printed without its title lists the headings with nothing under them; the body then
  // numbers them again from 一、: what was read until then was the listing.
  const onlyListed = () => sections.some((s) => s.number !== '') && sections.every((s) => s.number === '' || s.text === '');
  const restart = () => {
    sections.splice(intro ? 1 : 0);
    current = sections[0] ?? null;
    topNumber = 0;
    subNumber = 0;
    listRun = 0;
    parent = undefined;
  };
  for (const p of body) {
    const text = p.text.trim();
    const t = compact(text);
    if (/名词解释$/.test(t) && (PART.test(t) || /^[一二三四五六七八九十\d]+[、.]名词解释$/.test(t) || p.heading !== undefined)) {
      if (!onlyListed()) break;
      restart();
      continue;
    }
    if (PART.test(t)) continue;
    const heading = headingOf(text);
    if (heading?.level === 1 && heading.n === 1 && topNumber > 0 && onlyListed()) restart();
    // A heading must continue the numbering (一 → 二 …): "三、" inside a list under （二） is text.
    const arabic = heading !== null && /^\d/.test(heading.number);
    // "1. 2. 3." under a heading is a list: its next item is text, not a section continuing 二、.
    const listItem = arabic && heading?.n === listRun + 1;
    if (arabic && heading) listRun = listItem || heading.n === 1 ? heading.n : listRun;
    const arabicTaken = (arabic && chineseTop.has(heading?.n ?? 0)) || listItem;
    if (
      heading &&
      heading.level === 1 &&
      (heading.n === topNumber + 1 || (topNumber === 0 && !arabicTaken && sections.length === 0)) &&
      !arabicTaken
    ) {
      topNumber = heading.n;
      subNumber = 0;
      listRun = 0;
      parent = heading.number;
      current = { number: heading.number, heading: heading.title, text: '', source: { file, line: p.line } };
      sections.push(current);
      continue;
    }
    if (heading && heading.level === 2 && heading.n === subNumber + 1) {
      subNumber = heading.n;
      listRun = 0;
      current = { number: heading.number, heading: heading.title, text: '', source: { file, line: p.line } };
      if (parent) current.parent = parent;
      sections.push(current);
      continue;
    }
    if (!current) continue;
    // A long heading broken by a page break: its last characters open the next page (…支出预算情 | 况说明).
    if (current.text === '' && current.heading.length >= 16 && t.length <= 6 && !/[，。；：,;:、\d]/.test(t)) {
      current.heading += t;
      continue;
    }
    if (current.text === '') current.text = text;
    else current.text += SENTENCE_END.test(current.text) ? `\n${text}` : text;
  }
  return sections;
}
