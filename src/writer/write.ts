/**
 * Write a disclosure and check it before it leaves: the rendered file is read back by our own
 * reader and checked by our own rules (with the profile's checker profile); its error findings
 * come back with it, and the caller writes nothing when there are any.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDocument } from '../check.js';
import type { BudgetDocument, Finding } from '../model/types.js';
import { readDocument } from '../reader.js';
import { convertWithLibreOffice, libreOfficeAvailable } from '../source/legacy.js';
import { composeDisclosure } from './compose.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import type { WriterInput } from './input.js';
import type { WrittenDocument } from './layout.js';
import type { WriterProfile } from './profiles.js';
import { withPageNumbers } from './toc-pages.js';

export type WriteFormat = 'docx' | 'html' | 'pdf';

export interface WriteResult {
  bytes: Buffer;
  written: WrittenDocument;
  /** The written file as our reader reads it. */
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

/** DOCX → PDF through LibreOffice (fonts embedded by its PDF export). */
export async function docxToPdf(docx: Buffer, timeMs = 120_000): Promise<Buffer> {
  if (!libreOfficeAvailable()) throw new NoLibreOffice();
  const pdf = await convertWithLibreOffice(docx, 'docx', 'pdf:writer_pdf_Export', timeMs);
  if (!pdf) throw new Error('LibreOffice 未能转换为 PDF / LibreOffice could not convert the document to PDF');
  return pdf;
}

export interface RenderOptions {
  /**
   * Number the 目录 by where the headings land (DOCX → PDF through LibreOffice, toc-pages.ts): for a
   * PDF, and for a DOCX when LibreOffice is installed, unless false (two or three conversions instead of one).
   */
  tocPages?: boolean;
}

export async function render(written: WrittenDocument, format: WriteFormat, options: RenderOptions = {}): Promise<Buffer> {
  if (format === 'html') return Buffer.from(renderHtml(written), 'utf8');
  const paginate = options.tocPages !== false && (format === 'pdf' || libreOfficeAvailable());
  if (!paginate) return format === 'docx' ? renderDocx(written) : docxToPdf(renderDocx(written));
  const paged = await withPageNumbers(written, renderDocx, (docx) => docxToPdf(docx));
  return format === 'docx' ? paged.docx : paged.pdf;
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
  const written = composeDisclosure(input, profile);
  const bytes = await render(written, format, options);
  const readBack = await readBackBytes(bytes, format, 'disclosure');
  const { findings } = checkDocument(readBack, { profile: profile.checkProfile });
  return { bytes, written, readBack, findings, errors: findings.filter((f) => f.severity === 'error') };
}
