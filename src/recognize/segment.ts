import type { Block, GridRow, Paragraph } from '../adapters/blocks.js';
import { isAmountText } from '../model/amount.js';
import { compact } from '../model/names.js';
import type { MoneyUnit, Statement } from '../model/types.js';
import {
  isEmptyStatement,
  isNote,
  isPageFurniture,
  isPreambleText,
  isTocText,
  looksLikeTableTitle,
  unitOf,
} from './vocabulary.js';

/** A table as found in the text, before recognition: title, grid rows, notes. */
export interface RawTable {
  title: string;
  titleLine: number;
  /** Lines of the title repeated on later pages. */
  repeatedTitleLines: number[];
  preamble: Statement[];
  unit: MoneyUnit | null;
  rows: GridRow[];
  notes: Statement[];
  emptyStatement: Statement | null;
}

export interface Segments {
  tables: RawTable[];
  /** Paragraphs outside tables, in order: the narrative and front matter. */
  paragraphs: Paragraph[];
  toc: Statement[];
}

/** Remove a cell "单位：万元" from a row; return the unit found. */
function takeUnit(row: GridRow): MoneyUnit | null {
  let unit: MoneyUnit | null = null;
  for (const cell of row.cells) {
    const u = unitOf(cell.text);
    if (u) {
      unit = u;
      cell.text = '';
    }
  }
  return unit;
}

function isMetaRow(row: GridRow): boolean {
  const texts = row.cells.map((c) => c.text).filter((t) => t !== '');
  return texts.length > 0 && texts.length <= 3 && texts.every((t) => isPreambleText(t) || /^\d{3}(?!\d)\S{2,20}$/.test(t));
}

function isTocRow(row: GridRow): boolean {
  return row.cells.some((c) => isTocText(c.text));
}

function statement(p: Paragraph, file: string): Statement {
  return { text: p.text, source: { file, line: p.line } };
}

const NEW_TABLE_HEAD =
  /^(?:项目名称|单位名称|部门名称及编码|部门基本信息|项目|科目编码|功能分类科目(?:名称)?|部门[(（]单位[)）]名称|序号|类型)$/;

/**
 * A title repeated on the next page continues its table — unless the grid under it starts a new
 * table of the same title: per-project tables (项目名称 …) or a different header.
 */
function startsNewInstance(table: RawTable, row: GridRow): boolean {
  const first = (r: GridRow | undefined) => compact(r?.cells.find((c) => c.text !== '')?.text ?? '');
  const head = first(row);
  if (head === '项目名称' && first(table.rows[0]) === '项目名称') return true;
  return NEW_TABLE_HEAD.test(head) && head !== first(table.rows[0]);
}

/**
 * An untitled "table" of one short row without a figure is a line of running text printed with
 * wide gaps (“其 中 ：        1.” before a numbered list in 烟台's 情况说明), not a table.
 */
function isStrayLine(table: RawTable): boolean {
  const [row, ...more] = table.rows;
  return (
    table.title === '' &&
    row !== undefined &&
    more.length === 0 &&
    row.cells.filter((c) => c.text !== '').length <= 3 &&
    !row.cells.some((c) => isAmountText(c.text))
  );
}

function lineOf(row: GridRow): Paragraph {
  const text = row.cells
    .map((c) => c.text)
    .filter((t) => t !== '')
    .join(' ');
  return { type: 'para', text, line: row.line, ...(row.at ? { at: row.at } : {}) };
}

export function segment(blocks: Block[], file: string): Segments {
  const tables: RawTable[] = [];
  const paragraphs: Paragraph[] = [];
  const toc: Statement[] = [];
  let current: RawTable | null = null;
  let inNotes = false;
  let pendingTitle: { para: Paragraph; preamble: Statement[]; unit: MoneyUnit | null } | null = null;

  const close = () => {
    if (current && isStrayLine(current)) {
      for (const row of current.rows) paragraphs.push(lineOf(row));
    } else if (current) tables.push(current);
    current = null;
    inNotes = false;
  };
  const flushPendingAsText = () => {
    if (!pendingTitle) return;
    paragraphs.push(pendingTitle.para);
    for (const p of pendingTitle.preamble) paragraphs.push({ type: 'para', text: p.text, line: p.source.line ?? 0 });
    pendingTitle = null;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.type === 'row') {
      if (isTocRow(block)) {
        toc.push({ text: block.cells.map((c) => c.text).join(' '), source: { file, line: block.line } });
        continue;
      }
      const unit = takeUnit(block);
      const onlyMeta = block.cells.every((c) => c.text === '') || isMetaRow(block);
      if (pendingTitle) {
        const { para, preamble } = pendingTitle;
        const continuing: RawTable | null = current;
        if (continuing !== null && compact(continuing.title) === compact(para.text) && !startsNewInstance(continuing, block)) {
          continuing.repeatedTitleLines.push(para.line);
        } else {
          close();
          current = {
            title: para.text,
            titleLine: para.line,
            repeatedTitleLines: [],
            preamble,
            unit: pendingTitle.unit,
            rows: [],
            notes: [],
            emptyStatement: null,
          };
        }
        pendingTitle = null;
      }
      if (!current) {
        // A grid with no title: kept as an untitled table, reported as unknown later.
        current = {
          title: '',
          titleLine: block.line,
          repeatedTitleLines: [],
          preamble: [],
          unit: null,
          rows: [],
          notes: [],
          emptyStatement: null,
        };
      }
      const table: RawTable = current;
      if (unit && !table.unit) table.unit = unit;
      if (onlyMeta) {
        for (const c of block.cells) if (c.text) table.preamble.push({ text: c.text, source: { file, line: block.line } });
        continue;
      }
      if (inNotes && block.cells.filter((c) => c.text).length === 1) {
        const text = block.cells.find((c) => c.text)?.text ?? '';
        table.notes.push({ text, source: { file, line: block.line } });
        continue;
      }
      inNotes = false;
      table.rows.push(block);
      continue;
    }

    // A paragraph.
    const text = block.text;
    if (isTocText(text)) {
      toc.push(statement(block, file));
      continue;
    }
    if (isPageFurniture(text)) continue;
    if (pendingTitle) {
      if (isPreambleText(text) && !looksLikeTableTitle(text)) {
        const u = unitOf(text);
        if (u) pendingTitle.unit = u;
        pendingTitle.preamble.push(statement(block, file));
        continue;
      }
      flushPendingAsText();
    }
    if (looksLikeTableTitle(text)) {
      pendingTitle = { para: block, preamble: [], unit: null };
      continue;
    }
    const table: RawTable | null = current;
    if (table) {
      if (unitOf(text)) {
        table.unit ??= unitOf(text);
        continue;
      }
      if (isPreambleText(text) && table.rows.length > 0 && compact(text).length <= 12) continue;
      if (isNote(text) || isEmptyStatement(text) || (inNotes && /^\d{1,2}[.、．]/.test(text))) {
        const st = statement(block, file);
        if (isEmptyStatement(text) && !table.emptyStatement) table.emptyStatement = st;
        else table.notes.push(st);
        // Only a bare "说明：" opens a numbered list of notes (1.… 2.…).
        inNotes = inNotes || /^(?:注|说明|备注)[:：]?$/.test(compact(text));
        continue;
      }
      close();
    }
    paragraphs.push(block);
  }
  flushPendingAsText();
  close();
  return { tables, paragraphs, toc };
}
