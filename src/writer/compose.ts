/**
 * A WriterInput and a profile → the laid-out disclosure: the profile's parts in order, the input's
 * tables by kind where the profile places them (tables of other kinds after them), every 情况说明
 * sentence filled from the tables, and each text a person must give taken from `texts` or marked.
 */
import { KIND_NAMES } from '../model/kinds.js';
import type { BudgetDocument, Table, TableKind } from '../model/types.js';
import type { WriterInput } from './input.js';
import { type MissingText, missingMarker, type TocEntry, type WrittenBlock, type WrittenDocument } from './layout.js';
import type { NarrativeTemplate, ProfilePart, WriterProfile } from './profiles.js';
import { lookupText, renderSentence, type SentenceContext } from './sentences.js';
import { tableGrid } from './table-grid.js';

const DIGITS = '一二三四五六七八九';

/** 1 → 一, 12 → 十二, 21 → 二十一: the numbering of headings. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n - 1] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens - 1]}十${ones === 0 ? '' : DIGITS[ones - 1]}`;
}

/** A table is empty when it holds no amount other than zero. */
export const isEmptyTable = (table: Table) =>
  table.empty || table.rows.every((r) => Object.values(r.values).every((a) => a.scaled === 0n));

/** The input's tables in the profile's order, then those of kinds the profile does not list (unknown ones are left out). */
export function orderedTables(doc: BudgetDocument, listed: Array<[TableKind, string]>): Array<{ table: Table; title: string }> {
  doc = { ...doc, tables: joinProjectTargets(doc.tables) };
  const kinds = listed.map(([kind]) => kind);
  const out: Array<{ table: Table; title: string }> = [];
  const titleOf = (table: Table, title: string) =>
    // Several tables of one kind (one 绩效目标表 per project) keep their own titles to tell them apart.
    doc.tables.filter((t) => t.kind === table.kind).length > 1 && table.title ? table.title : title;
  for (const [kind, title] of listed)
    for (const table of doc.tables.filter((t) => t.kind === kind)) out.push({ table, title: titleOf(table, title) });
  for (const table of doc.tables)
    if (!kinds.includes(table.kind) && table.kind !== 'unknown')
      out.push({ table, title: titleOf(table, KIND_NAMES[table.kind]) });
  return out;
}

/** The 项目支出绩效目标表 of every project, printed as one table of many projects (one project after another). */
function joinProjectTargets(tables: Table[]): Table[] {
  const targets = tables.filter((t) => t.kind === 'performance_targets');
  if (targets.length < 2) return tables;
  const first = targets[0] as Table;
  const joined: Table = { ...first, title: KIND_NAMES.performance_targets, rows: targets.flatMap((t) => t.rows) };
  return tables.flatMap((t) => (t === first ? [joined] : t.kind === 'performance_targets' ? [] : [t]));
}

const paragraph = (text: string): WrittenBlock => ({ type: 'paragraph', text });

const paragraphs = (text: string): WrittenBlock[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => ({ type: 'paragraph', text: t }));

function coverTitle(input: WriterInput, profile: WriterProfile): string {
  const { department, year, scope } = input.document;
  return `${department ?? ''}${year ?? ''}年${scope === 'unit' ? '单位' : '部门'}${profile.titleWord}`;
}

/** A written file of a disclosure: its label (null for a disclosure in one file) and what it prints. */
export interface ComposedFile {
  label: string | null;
  written: WrittenDocument;
}

/** The disclosure as the files it is published as: one, or each of the profile's files (北京: 情况说明, 报表). */
export function composeFiles(input: WriterInput, profile: WriterProfile): ComposedFile[] {
  if (!profile.files) return [{ label: null, written: composeDisclosure(input, profile) }];
  return profile.files.map((file) => ({ label: file.label, written: composeDisclosure(input, profile, file) }));
}

export function composeDisclosure(
  input: WriterInput,
  profile: WriterProfile,
  file: { parts: ProfilePart[]; titleSuffix: string } = { parts: profile.parts, titleSuffix: '' },
): WrittenDocument {
  const doc = input.document;
  const ctx: SentenceContext = { doc, previous: input.previous, texts: input.texts, missing: [], money: profile.money.narrative };
  const missing: MissingText[] = [];
  const ask = (key: string, where: string): string => {
    const text = lookupText(input.texts, key);
    if (text) return text;
    if (!missing.some((m) => m.key === key)) missing.push({ key, where });
    return missingMarker(key);
  };
  const disclosure = coverTitle(input, profile);
  const title = `${disclosure}${file.titleSuffix}`;
  const body: WrittenBlock[] = [];
  const toc: TocEntry[] = [];
  const heading = (level: 1 | 2, text: string) => {
    body.push({ type: 'heading', level, text });
    toc.push({ level, text });
  };
  const fill = (text: string) =>
    text.replace('{self}', doc.scope === 'unit' ? '单位' : '部门').replace('{year}', String(doc.year ?? ''));
  for (const part of file.parts) writePart(part);
  return {
    title,
    blocks: body.map((b): WrittenBlock => (b.type === 'toc' ? { ...b, entries: toc } : b)),
    missing: [
      ...missing,
      ...ctx.missing.filter((key) => !missing.some((m) => m.key === key)).map((key) => ({ key, where: '情况说明' })),
    ],
  };

  /**
   * A 情况说明 section's paragraphs: its sentences that apply, its text, then each sub-section that says
   * something, under its （一）… line (a paragraph, as 北京 prints them: the 目录 lists the 一、 sections only).
   */
  function sectionBlocks(section: NarrativeTemplate): WrittenBlock[] {
    const blocks = section.sentences.flatMap((s) => renderSentence(s, ctx) ?? []).map((text) => paragraph(text));
    if (section.text) blocks.push(...paragraphs(ask(section.text, section.heading)));
    let n = 0;
    for (const sub of section.subsections ?? []) {
      const inner = sectionBlocks(sub);
      if (inner.length === 0) continue;
      n++;
      blocks.push(paragraph(`（${chineseNumeral(n)}）${sub.heading}`), ...inner);
    }
    return blocks;
  }

  function writePart(part: ProfilePart): void {
    switch (part.part) {
      case 'cover':
        body.push({ type: 'title', text: title }, { type: 'pageBreak' });
        return;
      case 'toc':
        body.push({ type: 'toc', title: part.title, entries: [] }, { type: 'pageBreak' });
        return;
      case 'overview':
        heading(1, part.heading);
        part.sections.forEach((section, i) => {
          heading(2, `${chineseNumeral(i + 1)}、${section.heading}`);
          body.push(...paragraphs(ask(section.key, section.heading)));
        });
        body.push({ type: 'pageBreak' });
        return;
      case 'tables':
        if (part.heading) heading(1, part.heading);
        orderedTables(doc, part.tables).forEach(({ table, title: tableTitle }, i) => {
          toc.push({ level: 2, text: `${chineseNumeral(i + 1)}、${tableTitle}` });
          body.push({ type: 'heading', level: 3, text: tableTitle });
          body.push({ type: 'paragraph', text: `单位：${profile.money.tables.unit}`, align: 'right' });
          body.push({ type: 'table', grid: tableGrid(table, profile.money.tables, doc.department ?? '') });
          if (isEmptyTable(table))
            body.push({
              type: 'paragraph',
              text: fill(part.emptyStatement).replace('{what}', KIND_NAMES[table.kind].replace(/表$/, '')),
            });
        });
        body.push({ type: 'pageBreak' });
        return;
      case 'narrative': {
        heading(1, fill(part.heading));
        let n = 0;
        for (const section of part.sections) {
          const blocks = sectionBlocks(section);
          if (blocks.length === 0) continue;
          n++;
          heading(2, `${chineseNumeral(n)}、${section.heading}`);
          body.push(...blocks);
        }
        body.push({ type: 'pageBreak' });
        return;
      }
      case 'glossary':
        heading(1, part.heading);
        body.push(...paragraphs(ask(part.key, part.heading)));
        return;
      case 'attachment': {
        heading(1, fill(part.heading));
        // The 目录 lists the other file's tables as that file prints them, each by its name (北京: 一、收支总表).
        const listed = new Map(part.tables);
        orderedTables(doc, part.tables).forEach(({ table, title: printed }, i) => {
          const name = printed === listed.get(table.kind) ? (part.tocNames[table.kind] ?? printed) : printed;
          toc.push({ level: 2, text: `${chineseNumeral(i + 1)}、${name}`, external: true });
        });
        body.push({ type: 'paragraph', text: `附件：${disclosure}${part.titleSuffix}` });
        return;
      }
    }
  }
}
