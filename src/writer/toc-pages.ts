/**
 * The 目录's page numbers: headless LibreOffice does not update a TOC field, so the writer finds
 * where each heading landed in the PDF it made (read by our own PDF adapter) and writes those pages
 * into the 目录 (the DOCX keeps the field, the numbers as its result). The 目录 lists the headings in
 * the order the document prints them, so each is looked for after the one before: first the 目录's
 * own lines (a line starts with its entry, page number after), then the headings themselves (a table
 * is headed by its title alone, the 目录 numbers it: 一、收支总表). Entries of another file's contents
 * (北京's 报表 tables) have no heading here and no page.
 */
import type { Block } from '../adapters/blocks.js';
import { normalizeText } from '../adapters/normalize.js';
import { pdfAdapter } from '../adapters/pdf/adapter.js';
import { DEFAULT_LIMITS } from '../source/load.js';
import { pagedEntries, type TocEntry, type WrittenBlock, type WrittenDocument } from './layout.js';

type TocBlock = Extract<WrittenBlock, { type: 'toc' }>;

const key = (text: string) => normalizeText(text).replace(/\s+/g, '');
/** 一、收支总表 → 收支总表: how a table's title prints above it. */
const unnumbered = (text: string) => text.replace(/^[一二三四五六七八九十]+、/, '');

/** The page each paged entry's heading is on (pagedEntries' order), or null when one is not found. */
export function headingPagesOf(blocks: Block[], toc: TocBlock): number[] | null {
  const lines = blocks.flatMap((b) =>
    b.type === 'para' && b.at?.page !== undefined ? [{ key: key(b.text), page: b.at.page }] : [],
  );
  let at = lines.findIndex((l) => l.key === key(toc.title));
  if (at < 0) return null;
  const entries = pagedEntries(toc.entries).map((e) => key(e.text));
  // The 目录's lines, in order (the PDF may join two short entries into one line).
  let line = at + 1;
  let offset = 0;
  for (const entry of entries) {
    while (line < lines.length && !(lines[line]?.key ?? '').includes(entry, offset)) {
      line++;
      offset = 0;
    }
    if (line >= lines.length) return null;
    offset = (lines[line]?.key ?? '').indexOf(entry, offset) + entry.length;
  }
  at = line;
  const pages: number[] = [];
  for (const entry of entries) {
    const found = lines.findIndex((l, i) => i > at && (l.key === entry || l.key === unnumbered(entry)));
    if (found < 0) return null;
    at = found;
    pages.push(lines[found]?.page as number);
  }
  return pages;
}

export async function headingPages(pdf: Buffer, toc: TocBlock): Promise<number[] | null> {
  const { blocks } = await pdfAdapter.read({ file: 'disclosure.pdf', bytes: new Uint8Array(pdf), limits: DEFAULT_LIMITS });
  return headingPagesOf(blocks, toc);
}

export const tocOf = (doc: WrittenDocument): TocBlock | undefined => doc.blocks.find((b): b is TocBlock => b.type === 'toc');

/** The entries with the pages of the paged ones, in order. */
function numbered(entries: TocEntry[], pages: number[]): TocEntry[] {
  let i = 0;
  return entries.map((e) => (e.external ? e : { ...e, page: pages[i++] as number }));
}

/** The document with these pages in its 目录. */
export function withTocPages(doc: WrittenDocument, pages: number[]): WrittenDocument {
  return {
    ...doc,
    blocks: doc.blocks.map((b) => (b.type === 'toc' ? { ...b, entries: numbered(b.entries, pages) } : b)),
  };
}

/** A document to convert, and whether its 目录 is to be numbered. */
export interface ToPaginate {
  written: WrittenDocument;
  paginate: boolean;
}

/**
 * DOCX → PDF with the 目录's pages: convert, find the pages, write them in and convert again, until
 * the pages written are where the headings are (numbers that make the 目录 longer can move them;
 * three conversions at most). Returns the last DOCX and its PDF.
 */
export async function withPageNumbers(
  written: WrittenDocument,
  toDocx: (doc: WrittenDocument) => Buffer,
  toPdf: (docx: Buffer) => Promise<Buffer>,
): Promise<{ docx: Buffer; pdf: Buffer; written: WrittenDocument }> {
  const [paged] = await allWithPageNumbers([{ written, paginate: true }], toDocx, (docx) => Promise.all(docx.map(toPdf)));
  return paged as { docx: Buffer; pdf: Buffer; written: WrittenDocument };
}

/**
 * Several documents at once, each conversion round one call of `toPdfs` (LibreOffice converts many
 * files in one run): all are converted, then those whose 目录 is numbered and whose pages moved again.
 */
export async function allWithPageNumbers(
  docs: ToPaginate[],
  toDocx: (doc: WrittenDocument) => Buffer,
  toPdfs: (docx: Buffer[]) => Promise<Buffer[]>,
): Promise<Array<{ docx: Buffer; pdf: Buffer; written: WrittenDocument }>> {
  const state = docs.map((d) => ({ written: d.written, docx: toDocx(d.written), pdf: Buffer.alloc(0) as Buffer }));
  let pending = state.map((_, i) => i);
  for (let round = 0; pending.length > 0; round++) {
    const pdfs = await toPdfs(pending.map((i) => (state[i] as (typeof state)[0]).docx));
    pending.forEach((i, k) => {
      (state[i] as (typeof state)[0]).pdf = pdfs[k] as Buffer;
    });
    if (round === 2) break;
    const again: number[] = [];
    for (const i of pending) {
      const doc = state[i] as (typeof state)[0];
      const toc = tocOf(doc.written);
      if (!docs[i]?.paginate || !toc || toc.entries.length === 0) continue;
      const pages = await headingPages(doc.pdf, toc);
      if (!pages || pages.every((p, j) => pagedEntries(toc.entries)[j]?.page === p)) continue;
      doc.written = withTocPages(doc.written, pages);
      doc.docx = toDocx(doc.written);
      again.push(i);
    }
    pending = again;
  }
  return state;
}
