/**
 * The writer's round trip: each seed and each sample, its tables as the writer's input → written
 * as HTML and DOCX (and DOCX → PDF through LibreOffice) → read back by our reader: the same tables,
 * rows and amounts, and 0 error findings in what we wrote wherever the input's tables tie (the seeds'
 * own narrative errors are gone: every sentence is computed from the tables). An input whose tables
 * carry errors is refused by `write` before writing, each error named; written past that refusal
 * here, it reads back with those errors and none of ours.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { normalizeText } from '../src/adapters/normalize.js';
import { pdfAdapter } from '../src/adapters/pdf/adapter.js';
import { checkDocument } from '../src/check.js';
import type { BudgetDocument, Finding } from '../src/model/types.js';
import { readDocument, readText } from '../src/reader.js';
import { libreOfficeAvailable } from '../src/source/legacy.js';
import { DEFAULT_LIMITS } from '../src/source/load.js';
import type { WriterInput } from '../src/writer/input.js';
import type { WrittenDocument } from '../src/writer/layout.js';
import { type WriterProfile, writerProfile } from '../src/writer/profiles.js';
import { REGIONAL_BUDGETS, type RegionalBudget } from '../src/writer/regional-profiles.js';
import { headingPagesOf, tocOf } from '../src/writer/toc-pages.js';
import { CellLocator } from '../src/writer/workbook/locate.js';
import { checkProfileOf } from '../src/writer/workbook/read.js';
import { validateDocument } from '../src/writer/workbook/validate.js';
import { type WriteFormat, type WriteResult, writeDisclosure, writeDisclosures } from '../src/writer/write.js';
import { projectRoot, sharedDir } from './paths.js';
import { assertFiles, embeddedFonts, regionalSeed, writtenProjection } from './writer-projection.js';

const seeds = join(projectRoot, 'tests', 'fixtures', 'seeds');
const samples = join(sharedDir, 'samples');

/** The template family a document belongs to: its phase, and 元 tables for Shanghai's. */
function profileOf(doc: BudgetDocument): WriterProfile {
  const id = doc.phase === 'final_account' ? 'national-final-account' : doc.unit === '元' ? 'shanghai-budget' : 'national-budget';
  return writerProfile(id) as WriterProfile;
}

const inputOf = (doc: BudgetDocument): WriterInput => ({
  document: doc,
  texts: Object.fromEntries(doc.overview.map((s) => [s.heading, s.text])),
});

/** Rules about the text and the document's structure: what we write must never raise them. */
const NARRATIVE_RULES = /^(?:narrative-|wording|toc-tables|required-tables|empty-statement)/;
const errorKey = (f: Finding) => `${f.rule}|${f.expected ?? ''}|${f.actual ?? ''}`;

/**
 * The 目录 of a written PDF: the page printed after each entry's dot leader equals the page its
 * heading is on (both as our PDF reader reads the file).
 */
async function assertTocPages(pdf: Buffer, written: WrittenDocument): Promise<void> {
  const toc = tocOf(written);
  assert.ok(toc && toc.entries.length > 0);
  const { blocks } = await pdfAdapter.read({ file: 'w.pdf', bytes: new Uint8Array(pdf), limits: DEFAULT_LIMITS });
  const headings = headingPagesOf(blocks, toc);
  assert.ok(headings, 'every heading of the 目录 found in the PDF');
  const paras = blocks.flatMap((b) =>
    b.type === 'para' ? [{ text: normalizeText(b.text).replace(/\s+/g, ''), page: b.at?.page ?? 0 }] : [],
  );
  const start = paras.findIndex((p) => p.text === toc.title);
  const tocText = paras
    .slice(start + 1)
    // A line of digits alone is the footer's page number, not the 目录's.
    .filter((p) => p.page < (headings[0] as number) && !/^\d+$/.test(p.text))
    .map((p) => p.text)
    .join('');
  let at = 0;
  const printed = toc.entries.map((entry) => {
    const re = new RegExp(`${escapeRegExp(normalizeText(entry.text).replace(/\s+/g, ''))}[.…·]{3,}(\\d+)`, 'g');
    re.lastIndex = at;
    const m = re.exec(tocText);
    at = m ? m.index + m[0].length : at;
    return m ? Number(m[1]) : null;
  });
  assert.deepEqual(printed, headings, 'the 目录 prints the page each heading is on');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function roundTrip(doc: BudgetDocument, format: WriteFormat): Promise<void> {
  await assertRoundTrip(doc, await writeDisclosure(inputOf(doc), profileOf(doc), format, { tocPages: false }));
}

/**
 * What `write` refuses before writing this input (validate.ts: sums that do not tie, codes, the table
 * rules' errors), as it refuses a JSON document: each at its line.
 */
const refusalsOf = (doc: BudgetDocument) => validateDocument(doc, checkProfileOf(doc, undefined), new CellLocator([]));

/** `toc`: the 目录 was numbered (two or three LibreOffice runs instead of one: a few documents only), check its numbers. */
async function assertRoundTrip(doc: BudgetDocument, result: WriteResult, toc = false, profile = profileOf(doc)): Promise<void> {
  if (toc) await assertTocPages(result.bytes, result.written);
  const refused = refusalsOf(doc);
  // The input's own table errors (not its text's: the text is computed) are each among what `write` refuses.
  const ownTableErrors = checkDocument(doc).findings.filter((f) => f.severity === 'error' && !NARRATIVE_RULES.test(f.rule));
  for (const f of ownTableErrors)
    assert.ok(
      refused.some((r) => r.zh === f.message),
      `refused before writing: ${f.rule}: ${f.message}`,
    );
  if (refused.length === 0) {
    // Tables that tie: 0 errors in what we wrote.
    assert.deepEqual(
      result.errors.map((f) => `${f.rule}: ${f.message}`),
      [],
      'no error finding in what we wrote',
    );
  } else {
    // Written anyway (past the refusal, as only a test does): what the checker finds is the input's own table
    // errors and nothing of ours (000's 成本指标 above the project's money, 001's 项目支出 合计, 003's one-year
    // projects, 福利院's serially numbered 302 codes; those the written tables no longer show are gone).
    const own = new Set(ownTableErrors.map(errorKey));
    assert.deepEqual(
      result.errors.filter((f) => NARRATIVE_RULES.test(f.rule) || !own.has(errorKey(f))).map((f) => `${f.rule}: ${f.message}`),
      [],
      'no error finding of our own in what we wrote',
    );
  }
  assert.deepEqual(writtenProjection(result.readBack, profile.money.tables), writtenProjection(doc, profile.money.tables));
  assert.equal(result.readBack.year, doc.year);
  assert.equal(result.readBack.phase, doc.phase);
}

describe('writer round trip: seeds', () => {
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    const doc = readText(readFileSync(join(seeds, file), 'utf8'), file);
    for (const format of ['html', 'docx'] as const)
      it(`${file} → ${format} → the same tables and amounts, no error`, () => roundTrip(doc, format));
  }
});

describe('writer round trip: samples', () => {
  const pdfs = existsSync(samples) ? readdirSync(samples).filter((f) => f.endsWith('.pdf')) : [];
  if (pdfs.length === 0) it.skip(`samples absent: ${samples} not found`, () => {});
  for (const file of pdfs) {
    for (const format of ['html', 'docx'] as const)
      it(`${file} → ${format} → the same tables and amounts, no error`, async () =>
        roundTrip(await readDocument(join(samples, file)), format));
  }
});

describe('writer round trip: DOCX → PDF through LibreOffice', () => {
  // Every seed and sample: wide tables (项目支出绩效目标表, 整体支出绩效目标表) on landscape pages, long
  // texts in wide columns and amounts that never wrap (src/writer/docx-columns.ts), so the PDF reads back whole.
  const skip = libreOfficeAvailable() ? false : 'soffice 未安装 / soffice not installed';
  // The 目录's page numbers are checked on a seed with a wide 绩效目标 table and on a sample in 元.
  const TOC = /^003_|wanli/;
  const named = (file: string) =>
    `${file} → PDF → the same tables and amounts, no error${TOC.test(file) ? ', 目录 pages where the headings are' : ''}`;
  const pdfs = existsSync(samples) ? readdirSync(samples).filter((f) => f.endsWith('.pdf')) : [];
  if (pdfs.length === 0) it.skip(`samples absent: ${samples} not found`, () => {});
  const files = [...readdirSync(seeds).filter((f) => f.endsWith('.txt')), ...pdfs];
  // All written at once: LibreOffice converts every DOCX in one run (and the two numbered 目录 again,
  // together), paying its start-up once instead of once per document and round.
  let written: Promise<Map<string, { doc: BudgetDocument; result: WriteResult }>> | undefined;
  const all = () => {
    written ??= (async () => {
      const docs = await Promise.all(
        files.map((file) =>
          file.endsWith('.txt') ? readText(readFileSync(join(seeds, file), 'utf8'), file) : readDocument(join(samples, file)),
        ),
      );
      const items = docs.map((doc, i) => ({
        input: inputOf(doc),
        profile: profileOf(doc),
        tocPages: TOC.test(files[i] as string),
      }));
      // The regional template families from seed 003 (北京's, to six decimals, from 001: regionalSeed), in the
      // same run (北京's two files among them).
      const seedOf = (r: RegionalBudget) =>
        docs[files.indexOf(basename(regionalSeed(writerProfile(r.id) as WriterProfile)))] as BudgetDocument;
      const regional = REGIONAL_BUDGETS.map((r) => ({
        input: inputOf(seedOf(r)),
        profile: writerProfile(r.id) as WriterProfile,
      }));
      const results = await writeDisclosures([...items, ...regional], 'pdf');
      return new Map([
        ...files.map((file, i) => [file, { doc: docs[i] as BudgetDocument, result: results[i] as WriteResult }] as const),
        ...REGIONAL_BUDGETS.map((r, i) => [r.id, { doc: seedOf(r), result: results[items.length + i] as WriteResult }] as const),
      ]);
    })();
    return written;
  };
  for (const file of files)
    it(named(file), { skip }, async () => {
      const { doc, result } = (await all()).get(file) as { doc: BudgetDocument; result: WriteResult };
      await assertRoundTrip(doc, result, TOC.test(file));
    });
  for (const regional of REGIONAL_BUDGETS)
    it(`${basename(regionalSeed(writerProfile(regional.id) as WriterProfile)).slice(0, 3)} → ${regional.id} → PDF${regional.twoFiles ? ' (two files)' : ''} → the same tables and amounts, no error`, {
      skip,
    }, async () => {
      const { doc, result } = (await all()).get(regional.id) as { doc: BudgetDocument; result: WriteResult };
      await assertRoundTrip(doc, result, false, writerProfile(regional.id) as WriterProfile);
      assertFiles(regional, result);
      // Fonts embedded (LibreOffice's PDF export): every font of each file is a FontFile stream of its own.
      for (const file of result.files) assert.ok(embeddedFonts(file.bytes), `${file.label ?? regional.id}: fonts embedded`);
    });
});
