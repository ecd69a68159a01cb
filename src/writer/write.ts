/**
 * Write a disclosure and check it before it leaves: the rendered file is read back by our own
 * reader and checked by our own rules (with the profile's checker profile); its error findings
 * come back with it, and the caller writes nothing when there are any.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDocument } from '../check.js';
import { groupDocuments } from '../model/document-set.js';
import type { BudgetDocument, Finding } from '../model/types.js';
import { readDocument } from '../reader.js';
import { convertAllWithLibreOffice, libreOfficeAvailable } from '../source/legacy.js';
import { composeFiles } from './compose.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import type { WriterInput } from './input.js';
import type { WrittenDocument } from './layout.js';
import type { WriterProfile } from './profiles.js';
import { allWithPageNumbers } from './toc-pages.js';

export type WriteFormat = 'docx' | 'html' | 'pdf';

/** One written file of a disclosure: its label (null when the disclosure is one file), what it prints and its bytes. */
export interface WrittenFile {
  label: string | null;
  written: WrittenDocument;
  bytes: Buffer;
}

export interface WriteResult {
  /** The first file's bytes and layout (the only file, or 北京's 情况说明). */
  bytes: Buffer;
  written: WrittenDocument;
  /** Every file written: one, or the profile's files (北京: 情况说明 and 报表). */
  files: WrittenFile[];
  /** The written files as our reader reads them, joined into one document as `check` joins them. */
  readBack: BudgetDocument;
  findings: Finding[];
  errors: Finding[];
}

/** LibreOffice is needed for a PDF and is not installed: `write` says so and exits 2. */
export class NoLibreOffice extends Error {
  constructor() {
    super(
      '写出 PDF 需要 LibreOffice（soffice），请安装后重试，或写出 .docx / writing a PDF needs LibreOffice (soffice): install it, or write a .docx',
    );
  }
}

/** DOCX → PDF through LibreOffice (fonts embedded by its PDF export), all in one run, `timeMs` each. */
export async function docxToPdfs(docx: Buffer[], timeMs = 120_000): Promise<Buffer[]> {
  if (!libreOfficeAvailable()) throw new NoLibreOffice();
  const pdfs = await convertAllWithLibreOffice(docx, 'docx', 'pdf:writer_pdf_Export', timeMs * docx.length);
  return pdfs.map((pdf) => {
    if (!pdf) throw new Error('LibreOffice 未能转换为 PDF / LibreOffice could not convert the document to PDF');
    return pdf;
  });
}

export interface RenderOptions {
  /**
   * Number the 目录 by where the headings land (DOCX → PDF through LibreOffice, toc-pages.ts): for a
   * PDF, and for a DOCX when LibreOffice is installed, unless false (two or three conversions instead of one).
   */
  tocPages?: boolean;
}

/**
 * Render documents in one format. The DOCX that go through LibreOffice (every one for a PDF; for a
 * DOCX those whose 目录 is numbered) are converted together, one LibreOffice run per round.
 */
export async function renderAll(
  docs: Array<{ written: WrittenDocument } & RenderOptions>,
  format: WriteFormat,
): Promise<Buffer[]> {
  if (format === 'html') return docs.map((d) => Buffer.from(renderHtml(d.written), 'utf8'));
  const paginate = docs.map((d) => d.tocPages !== false && (format === 'pdf' || libreOfficeAvailable()));
  const through = paginate.flatMap((p, i) => (format === 'pdf' || p ? [i] : []));
  const paged = await allWithPageNumbers(
    through.map((i) => ({ written: (docs[i] as (typeof docs)[0]).written, paginate: paginate[i] === true })),
    renderDocx,
    (docx) => docxToPdfs(docx),
  );
  return docs.map((d, i) => {
    const done = paged[through.indexOf(i)];
    if (!done) return renderDocx(d.written);
    return format === 'docx' ? done.docx : done.pdf;
  });
}

export async function render(written: WrittenDocument, format: WriteFormat, options: RenderOptions = {}): Promise<Buffer> {
  return (await renderAll([{ written, ...options }], format))[0] as Buffer;
}

/** Read the bytes as a file of that format would be read. */
async function readBackBytes(bytes: Buffer, format: WriteFormat, name: string): Promise<BudgetDocument> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-write-'));
  try {
    const file = join(dir, `${name}.${format}`);
    writeFileSync(file, bytes);
    return await readDocument(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function writeDisclosure(
  input: WriterInput,
  profile: WriterProfile,
  format: WriteFormat,
  options: RenderOptions = {},
): Promise<WriteResult> {
  return (await writeDisclosures([{ input, profile, ...options }], format))[0] as WriteResult;
}

/**
 * The files of a disclosure read back as one document, as `check` reads files given together: 北京's
 * 情况说明 and 报表 joined by department, year and phase (model/document-set.ts). Files that do not
 * join are the writer's own failure.
 */
async function readBackFiles(files: WrittenFile[], format: WriteFormat): Promise<BudgetDocument> {
  const docs: BudgetDocument[] = [];
  for (const file of files) docs.push(await readBackBytes(file.bytes, format, `disclosure${file.label ? `-${file.label}` : ''}`));
  const grouped = groupDocuments(docs);
  if (grouped.length !== 1)
    throw new Error(
      `写出的 ${files.length} 个文件未能合为一份公开文件 / the ${files.length} written files do not read back as one disclosure`,
    );
  return grouped[0] as BudgetDocument;
}

/** Several disclosures in one format, their LibreOffice conversions done together (renderAll). */
export async function writeDisclosures(
  items: Array<{ input: WriterInput; profile: WriterProfile } & RenderOptions>,
  format: WriteFormat,
): Promise<WriteResult[]> {
  const composed = items.map((item) => composeFiles(item.input, item.profile));
  const rendered = await renderAll(
    items.flatMap((item, i) =>
      (composed[i] ?? []).map((file) => ({
        ...item,
        written: file.written,
        ...(item.profile.tocPages === false ? { tocPages: false } : {}),
      })),
    ),
    format,
  );
  const results: WriteResult[] = [];
  let next = 0;
  for (const [i, item] of items.entries()) {
    const files = (composed[i] ?? []).map((file): WrittenFile => ({ ...file, bytes: rendered[next++] as Buffer }));
    const readBack = await readBackFiles(files, format);
    const { findings } = checkDocument(readBack, { profile: item.profile.checkProfile });
    const [first] = files as [WrittenFile];
    results.push({
      bytes: first.bytes,
      written: first.written,
      files,
      readBack,
      findings,
      errors: findings.filter((f) => f.severity === 'error'),
    });
  }
  return results;
}

/** The texts still to give, of every file of a written disclosure, each once. */
export function missingTexts(result: WriteResult): WrittenDocument['missing'] {
  const seen = new Set<string>();
  return result.files.flatMap((f) => f.written.missing.filter((m) => !seen.has(m.key) && seen.add(m.key)));
}
