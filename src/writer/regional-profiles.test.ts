/**
 * Each regional template family written from a seed's tables (003, 阳泉市商务局 2024: every national
 * table, 项目支出 and 绩效目标) and read back by our own reader: every table under the region's own
 * title is recognized as its kind with the same rows and amounts, each 情况说明 heading of the region
 * is there, and the checker finds no error in what was written. 北京's is two files, read back joined.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../tests/paths.js';
import { assertFiles, writtenProjection } from '../../tests/writer-projection.js';
import { checkDocument } from '../check.js';
import type { Finding } from '../model/types.js';
import { readText } from '../reader.js';
import { type WriterProfile, writerProfile } from './profiles.js';
import { REGIONAL_BUDGETS } from './regional-profiles.js';
import { writeDisclosure } from './write.js';

const SEED = join(projectRoot, 'tests', 'fixtures', 'seeds', '003_07ebbe8a85530ef6.txt');
const errorKey = (f: Finding) => `${f.rule}|${f.expected ?? ''}|${f.actual ?? ''}`;

describe('regional writer profiles: written and read back', () => {
  const doc = readText(readFileSync(SEED, 'utf8'), '003.txt');
  const texts = Object.fromEntries(doc.overview.map((s) => [s.heading, s.text]));
  // The seed's own table errors (none expected of 003) are not the writer's.
  const own = new Set(
    checkDocument(doc)
      .findings.filter((f) => f.severity === 'error')
      .map(errorKey),
  );
  for (const regional of REGIONAL_BUDGETS) {
    for (const format of ['html', 'docx'] as const) {
      it(`${regional.id} → ${format} → the same tables under the region's titles, 0 errors`, async () => {
        const profile = writerProfile(regional.id) as WriterProfile;
        assert.ok(profile);
        const result = await writeDisclosure({ document: doc, texts }, profile, format, { tocPages: false });
        assert.deepEqual(
          result.errors.filter((f) => !own.has(errorKey(f))).map((f) => `${f.rule}: ${f.message}`),
          [],
        );
        assert.deepEqual(writtenProjection(result.readBack, profile.unit), writtenProjection(doc, profile.unit));
        assertFiles(regional, result);
        const headings = result.files.flatMap((f) => f.written.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
        // A kind printed once is headed by the region's title (several keep their own titles apart).
        for (const [kind, title] of regional.tables)
          if (doc.tables.filter((t) => t.kind === kind).length === 1) assert.ok(headings.includes(title), `${kind}: ${title}`);
        for (const [heading] of regional.narrative)
          assert.ok(
            headings.some((h) => h.endsWith(`、${heading}`)),
            heading,
          );
      });
    }
  }
});
