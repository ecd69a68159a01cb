/**
 * The writer's round trip: each seed and each sample, its tables as the writer's input → written
 * as HTML and DOCX (and DOCX → PDF through LibreOffice) → read back by our reader: the same tables,
 * rows and amounts, and no error finding in what we wrote (the seeds' own narrative errors are gone:
 * every sentence is computed from the tables).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkDocument } from '../src/check.js';
import type { BudgetDocument, Finding } from '../src/model/types.js';
import { readDocument, readText } from '../src/reader.js';
import { libreOfficeAvailable } from '../src/source/legacy.js';
import type { WriterInput } from '../src/writer/input.js';
import { type WriterProfile, writerProfile } from '../src/writer/profiles.js';
import { type WriteFormat, writeDisclosure } from '../src/writer/write.js';
import { projectRoot, sharedDir } from './paths.js';
import { writtenProjection } from './writer-projection.js';

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

async function roundTrip(doc: BudgetDocument, format: WriteFormat): Promise<void> {
  const profile = profileOf(doc);
  const result = await writeDisclosure(inputOf(doc), profile, format);
  // What we wrote has no error of its own: only the input's own table errors (000's 成本指标 above the
  // project's money, 福利院's serially numbered 302 codes) remain, and the writer refuses those.
  const own = new Set(
    checkDocument(doc)
      .findings.filter((f) => f.severity === 'error')
      .map(errorKey),
  );
  assert.deepEqual(
    result.errors.filter((f) => NARRATIVE_RULES.test(f.rule) || !own.has(errorKey(f))).map((f) => `${f.rule}: ${f.message}`),
    [],
    'no error finding of our own in what we wrote',
  );
  assert.deepEqual(writtenProjection(result.readBack, profile.unit), writtenProjection(doc, profile.unit));
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

describe('writer round trip: PDF through LibreOffice', () => {
  // A sample: a seed's 项目绩效目标表 (long objectives wrapped over lines) does not yet read back from
  // the PDF project for project (docs/writer.md).
  const file = join(samples, 'shanghai-putuo-wanli-subdistrict-2024-budget.pdf');
  const skip = !libreOfficeAvailable() ? 'soffice not installed' : !existsSync(file) ? `sample absent: ${file}` : false;
  it('万里街道 2024 → DOCX → PDF → the same tables and amounts, no error', { skip }, async () =>
    roundTrip(await readDocument(file), 'pdf'),
  );
});
