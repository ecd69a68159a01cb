import type { Block, Paragraph, TextStyle } from '../adapters/blocks.js';
import { isMoneyText } from '../model/amount.js';
import { compact } from '../model/names.js';
import type {
  Attachment,
  BudgetDocument,
  DocumentSource,
  Finding,
  MoneyUnit,
  Statement,
  Table,
  TableKind,
  TocEntry,
} from '../model/types.js';
import { chineseNumber, readNarrative, readOverview } from '../narrative/sections.js';
import { decideKind, type KindDecision } from './classify.js';
import { fullLayout, joinContinuations, type LaidOutTable } from './continuation.js';
import { buildGridTable, type RecognizeContext } from './grid-table.js';
import type { GridLayout } from './header.js';
import { departmentNamedIn, metaFromTables, readMeta } from './meta.js';
import { buildPerformanceTable, buildTextGridTable } from './performance.js';
import { absentSources } from './repair.js';
import { type RawTable, segment } from './segment.js';
import { tableFacts } from './table-facts.js';
import { turnThreePublic } from './three-public.js';
import { attachmentNamed, NAMES_MONEY, tocLeaderPieces } from './vocabulary.js';

function majorityUnit(units: Array<MoneyUnit | null>): MoneyUnit {
  const wan = units.filter((u) => u === '万元').length;
  const yuan = units.filter((u) => u === '元').length;
  return yuan > wan ? '元' : '万元';
}

/**
 * The kind a table's evidence speaks for. The tables before it may explain an untitled fragment:
 * the last one with a title is the table it probably continues.
 */
function readKind(table: LaidOutTable, year: number | null, before: LaidOutTable[]): KindDecision {
  const titled = before.filter((t) => t.raw.title !== '').pop();
  const facts = tableFacts(table.raw.title, table.layout, year);
  const decision = decideKind(facts, titled ? { previousTitle: titled.raw.title } : {});
  const context = (note: string, seen: number[]) =>
    decision.recognition.evidence.push({
      source: 'context',
      kind: decision.recognition.kind,
      weight: 0,
      note,
      seen: seen.map((line) => `行 line ${line}`),
    });
  if (table.gridBelow !== undefined)
    context('标题下的表格被单独读出，归入此标题 / the grid under the title was read apart and is taken as this table', [
      table.gridBelow,
    ]);
  if (table.joined.length > 0) {
    const pages = table.joined.length;
    context(
      `其后 ${pages} 处无标题的表格重复其表头，作为续表并入 / ${pages} untitled grids after it repeat its header and were joined to it as its continuation`,
      table.joined,
    );
  }
  return decision;
}

/** Each table with its layout and the kind of its evidence (the 50 tables before may explain a fragment). */
function readKinds(tables: RawTable[], style: TextStyle, year: number | null): Array<LaidOutTable & KindDecision> {
  const laidOut = joinContinuations(tables, style);
  return laidOut.map((table, i) => ({ ...table, ...readKind(table, year, laidOut.slice(Math.max(0, i - 50), i)) }));
}

/** Per-project forms and printed text grids are read cell by cell; every other table through its header layout. */
const readsHeaderLayout = (kind: TableKind) => !['performance_targets', 'unit_performance', 'unknown'].includes(kind);

/**
 * The tables of these blocks that recognition reads through a header layout, with that layout —
 * so a fixture can print each header exactly as it is read. Segments a copy: segmenting edits cells.
 */
/** Whether a table holds money at all: an amount as money is printed, or a column named for it (珠海: 预算数（单位：万元） over 4237). */
function holdsMoney(raw: RawTable): boolean {
  return raw.rows.some((r) => r.cells.some((c) => isMoneyText(c.text) || NAMES_MONEY.test(c.text)));
}

const NO_MONEY = { zh: '表中没有金额，不是预算表格', en: 'it holds no amounts of money: no budget table' };

export function headerLayouts(blocks: Block[], style: TextStyle): Array<{ table: RawTable; layout: GridLayout }> {
  return readKinds(segment(structuredClone(blocks), '').tables, style, null)
    .filter(({ recognition }) => readsHeaderLayout(recognition.kind))
    .map((table) => ({ table: table.raw, layout: fullLayout(table, style) }));
}

/** Blocks of one document → the canonical BudgetDocument. */
export function recognize(blocks: Block[], style: TextStyle, source: DocumentSource): BudgetDocument {
  const file = source.file;
  const { tables: rawTables, paragraphs, toc } = segment(blocks, file);
  const meta = readMeta(paragraphs);
  if (meta.year === null) {
    const fromTables = metaFromTables(rawTables);
    meta.year = fromTables.year;
    // No title at all: a file of tables only, named by its own forms.
    if (meta.title === '') meta.department ??= fromTables.department;
  }
  const findings: Finding[] = [];
  const ctx: RecognizeContext = {
    file,
    style,
    year: meta.year,
    department: meta.department,
    unit: majorityUnit(rawTables.map((t) => t.unit)),
    findings,
    absent: new Set(),
  };
  const tables: Table[] = [];
  for (const laidOut of readKinds(rawTables, style, meta.year)) {
    const { raw, recognition, lackingWords } = laidOut;
    const kind = recognition.kind;
    let table: Table;
    if (readsHeaderLayout(kind)) table = buildGridTable(raw, kind, ctx, fullLayout(laidOut, style));
    else if (kind === 'performance_targets') table = buildPerformanceTable(raw, ctx);
    else table = buildTextGridTable(raw, kind, ctx);
    table.kind = kind;
    table.recognition = recognition;
    if (kind === 'unknown') {
      const title = raw.title || '(无标题)';
      // A table without money (北京 交通委's 收费标准: 342 元/㎡ by row) is no budget table left unread: a note.
      const money = holdsMoney(raw);
      const lacking = money ? lackingWords : [...lackingWords, NO_MONEY];
      const zh = lacking.map((w) => w.zh).join('；');
      const en = lacking.map((w) => w.en).join('; ');
      findings.push({
        rule: 'reader/unknown-table',
        severity: money ? 'warning' : 'info',
        message: `未识别的表格 “${title}”${zh ? `：${zh}` : ''} / unrecognised table "${raw.title || '(untitled)'}"${en ? `: ${en}` : ''}`,
        source: { file, line: raw.titleLine },
      });
    }
    if (kind === 'three_public') tables.push(...turnThreePublic(table));
    else tables.push(table);
    if (kind === 'income_expenditure_summary' && ctx.absent.size === 0) ctx.absent = absentSources(table);
  }
  const units = unitsCovered(tables, meta.department);
  // The 目录's lines name the parts and sections again: the narrative is read from the body only.
  const tocLines = tocFromParagraphs(paragraphs, toc, file);
  const listed = new Set(tocLines.map((e) => e.source.line));
  const body = paragraphs.filter((p) => !listed.has(p.line));
  const attachments = attachmentsNamed(body, file);
  // A 情况说明 titled without its department names it in the attachment holding its tables.
  if (meta.department === null)
    meta.department = attachments.map((a) => departmentNamedIn(a.text)).find((d) => d !== null) ?? null;
  const doc: BudgetDocument = {
    title: meta.title,
    department: meta.department,
    year: meta.year,
    phase: meta.phase,
    scope: meta.scope,
    unit: ctx.unit,
    units,
    source,
    ...(attachments.length > 0 ? { attachments } : {}),
    tables,
    narrative: readNarrative(body, file),
    overview: readOverview(body, file),
    toc: [...tocLines, ...toc],
    findings,
  };
  return doc;
}

/**
 * A table of contents printed as plain lines: the lines after 目录 up to where the body starts, which
 * is where the first entry (第一部分 …) is printed again, or where the parts start counting again.
 * The lines ending in a dot leader and page number were set aside by segment (`leaderLines`, in the
 * document's toc already): they are read here too, for the entries they hold and the lines they take,
 * so that a 目录 whose first entries are numbered (第一部分…情况说明……3) still ends at the body's 第一部分.
 */
function tocFromParagraphs(paragraphs: Paragraph[], leaderLines: Statement[], file: string): TocEntry[] {
  const start = paragraphs.findIndex((p) => compact(p.text) === '目录');
  if (start < 0) return [];
  const from = paragraphs[start]?.line ?? 0;
  const lines = [
    ...paragraphs.slice(start + 1, start + 81).map((p) => ({ text: p.text, line: p.line, listed: false })),
    ...leaderLines.flatMap((s) =>
      (s.source.line ?? 0) > from ? [{ text: s.text, line: s.source.line ?? 0, listed: true }] : [],
    ),
  ].sort((a, b) => a.line - b.line);
  const entries: TocEntry[] = [];
  let first: string | null = null;
  let line = from;
  let part = 0;
  for (const next of lines) {
    if (next.line - line > 3) break;
    // Entries are short lines, one after another; the body starts where the first entry repeats,
    // or where the parts start counting again (目录 第一部分…说明 / 第二部分…表, then the body's
    // 第一部分部门预算公开说明, worded otherwise than its entry: 长沙).
    for (const text of tocEntriesOf(next.text)) {
      const key = compact(text);
      if ((first !== null && key === first) || key.length > 40) return entries;
      first ??= key;
      const number = PART_NUMBER.exec(key)?.[1];
      if (number !== undefined) {
        if (chineseNumber(number) <= part) return entries;
        part = chineseNumber(number);
      }
      if (!next.listed) entries.push({ text, source: { file, line: next.line } });
    }
    line = next.line;
  }
  return entries;
}

const PART_NUMBER = /^第([一二三四五六七八九十]+)部分/;

/** Where a numbered entry starts inside a line: 九、 / （八） / 第三部分 / 9. (after some other text). */
const ENTRY_START =
  /(?<=[^\s\d一二三四五六七八九十第(（])(?=[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]+部分|\d{1,2}[.．、]\s*\S)/;

/**
 * The entries of one 目录 paragraph. A PDF line of the 目录 that runs to the margin is joined with
 * the next like running text ("八、…决算表九、…决算表"): the numbering tells them apart again, and
 * so does each entry's dot leader and page number where it prints them ("…说明……3二、…").
 */
function tocEntriesOf(text: string): string[] {
  return tocLeaderPieces(text).flatMap((piece) => {
    const first = compact(piece.split(ENTRY_START)[0] ?? '');
    // A first entry of running text (or one too long for an entry) is not split: it is where the body starts.
    if (first.length > 40) return [piece.trim()];
    return piece
      .split(ENTRY_START)
      .map((t) => t.trim())
      .filter((t) => t !== '');
  });
}

/** Lines naming the attachment that holds the tables (附件：…部门预算报表), a name broken over two lines joined. */
function attachmentsNamed(body: Paragraph[], file: string): Attachment[] {
  const found: Attachment[] = [];
  body.forEach((p, i) => {
    const next = body[i + 1];
    const joined =
      next && /^(?:详)?见?附件/.test(compact(p.text)) && compact(next.text).length <= 20
        ? `${p.text.trim()}${next.text.trim()}`
        : null;
    const text = attachmentNamed(p.text) ? p.text.trim() : joined && attachmentNamed(joined) ? joined : null;
    if (text) found.push({ text, source: { file, line: p.line } });
  });
  return found;
}

/** The budget units a per-unit income table lists (the department row and totals excluded). */
function unitsCovered(tables: Table[], department: string | null): string[] {
  const income = tables.find((t) => t.kind === 'income_summary' && t.rows.every((r) => r.code === null));
  if (!income) return [];
  // Units named only by their codes (015001) are no names to count.
  return income.rows.filter((r) => !r.isTotal && r.name !== department && !/^\d+$/.test(r.name)).map((r) => r.name);
}
