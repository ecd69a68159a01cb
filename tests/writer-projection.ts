/**
 * What a written disclosure must keep of its input: per table kind, each table's rows (by side,
 * code and name) and every amount as the profile's tables print it (unit and decimals). The 项目支出绩效目标表 of several projects
 * are written as one table, so they are compared joined.
 */

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { normalizeName } from '../src/model/names.js';
import type { BudgetDocument, Row, Table } from '../src/model/types.js';
import { type MoneyFormat, rounded } from '../src/writer/money.js';
import type { WriterProfile } from '../src/writer/profiles.js';
import type { RegionalBudget } from '../src/writer/regional-profiles.js';
import type { WriteResult } from '../src/writer/write.js';
import { projectRoot } from './paths.js';

/**
 * The seed a regional profile is written from: 003 (阳泉市商务局 2024: every national table, 项目支出 and
 * 绩效目标), unless the profile's tables print more than two decimals. 北京's 报表 prints 万元 to six (元 to
 * the 分), so its sums must tie to the 分: seed 001 (沈阳市商务局 2024) does; 003's tie within a rounding
 * of 0.01 (本年支出合计 695.96 over parts of 695.95), which two decimals hide and six print as an error.
 */
export function regionalSeed(profile: WriterProfile): string {
  const name = profile.money.tables.decimals > 2 ? '001_91a79292973e8735.txt' : '003_07ebbe8a85530ef6.txt';
  return join(projectRoot, 'tests', 'fixtures', 'seeds', name);
}

const SIDE_ORDER = { income: 0, none: 1, expenditure: 2 } as const;

function rowKey(row: Row, table: Table, money: MoneyFormat): string {
  const values = Object.entries(row.values)
    .map(([key, a]) => `${key}=${key === 'quantity' ? a.raw : rounded(a, table.unit, money).raw}`)
    .sort()
    .join(' ');
  return `${row.side ?? ''}|${row.code ?? ''}|${normalizeName(row.name)}|${values}`;
}

export function writtenProjection(doc: BudgetDocument, money: MoneyFormat): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const table of doc.tables) {
    if (table.kind === 'unknown') continue;
    const rows = [...table.rows]
      .sort((a, b) => SIDE_ORDER[a.side ?? 'none'] - SIDE_ORDER[b.side ?? 'none'])
      .map((r) => rowKey(r, table, money));
    const list = out[table.kind] ?? [];
    if (table.kind === 'performance_targets' && list.length > 0) (list[0] as string[]).push(...rows);
    else list.push(rows);
    out[table.kind] = list;
  }
  return out;
}

/**
 * 北京 as it publishes: the 情况说明 file (the narrative, no table, the 报表 named as its attachment) and
 * the 报表 file (every table, no narrative), read back joined into one document; the others one file.
 */
export function assertFiles(regional: RegionalBudget, result: WriteResult): void {
  if (!regional.twoFiles) {
    assert.equal(result.files.length, 1);
    assert.equal(result.readBack.parts, undefined);
    return;
  }
  const { narrative, tables, tablesTitle } = regional.twoFiles;
  assert.deepEqual(
    result.files.map((f) => f.label),
    [narrative, tables],
  );
  assert.deepEqual(
    result.readBack.parts?.map((p) => p.holds),
    ['narrative', 'tables'],
  );
  const [sm, bb] = result.files.map((f) => f.written.blocks);
  assert.ok(
    !sm?.some((b) => b.type === 'table') && bb?.filter((b) => b.type === 'table').length === result.readBack.tables.length,
  );
  assert.ok(!bb?.some((b) => b.type === 'heading' && b.level < 3), 'the 报表 file holds the tables alone');
  // The 情况说明 names the 报表 file by its title (the reader reads 附件： as 附件:, a PDF spaces 2024 年).
  const spaceless = (text = '') => text.replace(/\s+/g, '');
  assert.equal(
    spaceless(result.readBack.attachments?.[0]?.text.replace(/^附件[:：]/, '')),
    spaceless(result.files[1]?.written.title),
  );
  assert.ok(result.files[1]?.written.title.endsWith(tablesTitle));
  // Every table read back came from the 报表 file, every 情况说明 section from the other.
  const [smFile, bbFile] = result.readBack.parts ?? [];
  assert.ok(result.readBack.tables.every((t) => t.source.file === bbFile?.file));
  assert.ok(result.readBack.narrative.length > 0 && result.readBack.narrative.every((s) => s.source.file === smFile?.file));
}

/**
 * Every font of a PDF is embedded: each font descriptor has its font file (LibreOffice's PDF export
 * writes them as plain objects, FontFile2 for TrueType), so Chinese text never depends on the reader's fonts.
 */
export function embeddedFonts(pdf: Buffer): boolean {
  const text = pdf.toString('latin1');
  const descriptors = text.match(/\/Type\s*\/FontDescriptor\b/g)?.length ?? 0;
  const files = text.match(/\/FontFile[23]?\s/g)?.length ?? 0;
  return descriptors > 0 && files >= descriptors;
}
