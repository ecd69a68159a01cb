/**
 * Each regional template family written from a seed's tables (003, 阳泉市商务局 2024: every national
 * table, 项目支出 and 绩效目标; 001 for 北京's six decimals: regionalSeed) and read back by our own reader: every table under the region's own
 * title is recognized as its kind with the same rows and amounts, each 情况说明 heading of the region
 * is there, and the checker finds no error in what was written. 北京's is two files, read back joined.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { assertFiles, regionalSeed, writtenProjection } from '../../tests/writer-projection.js';
import { ZipArchive } from '../adapters/office/zip.js';
import { checkDocument } from '../check.js';
import type { Amount, BudgetDocument, Finding } from '../model/types.js';
import { readText } from '../reader.js';
import { libreOfficeAvailable } from '../source/legacy.js';
import { DEFAULT_LIMITS } from '../source/load.js';
import { chineseNumeral } from './compose.js';
import { figure } from './figures.js';
import { formatMoney, rounded, WAN_2 } from './money.js';
import { profileTextKeys, type WriterProfile, writerProfile } from './profiles.js';
import { REGIONAL_BUDGETS } from './regional-profiles.js';
import { writeDisclosure } from './write.js';

/** The figures a sentence names ({income.total}, {basic.personnel%basic.total}). */
const figuresOf = (text: string) => [...text.matchAll(/\{#?([a-z_]+\.[a-z_]+)/g)].map((m) => m[1] as string);
const errorKey = (f: Finding) => `${f.rule}|${f.expected ?? ''}|${f.actual ?? ''}`;

describe('regional writer profiles: written and read back', () => {
  for (const regional of REGIONAL_BUDGETS) {
    const profile = writerProfile(regional.id) as WriterProfile;
    const file = regionalSeed(profile);
    const doc = readText(readFileSync(file, 'utf8'), basename(file));
    const texts = Object.fromEntries(doc.overview.map((s) => [s.heading, s.text]));
    // The seed's own table errors are not the writer's.
    const own = new Set(
      checkDocument(doc)
        .findings.filter((f) => f.severity === 'error')
        .map(errorKey),
    );
    for (const format of ['html', 'docx'] as const) {
      it(`${regional.id} → ${format} → the same tables under the region's titles, 0 errors (${basename(file).slice(0, 3)})`, async () => {
        const result = await writeDisclosure({ document: doc, texts }, profile, format, { tocPages: false });
        assert.deepEqual(
          result.errors.filter((f) => !own.has(errorKey(f))).map((f) => `${f.rule}: ${f.message}`),
          [],
        );
        assert.deepEqual(writtenProjection(result.readBack, profile.money.tables), writtenProjection(doc, profile.money.tables));
        assertFiles(regional, result);
        const headings = result.files.flatMap((f) => f.written.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
        // A kind printed once is headed by the region's title (several keep their own titles apart).
        for (const [kind, title] of regional.tables)
          if (doc.tables.filter((t) => t.kind === kind).length === 1) assert.ok(headings.includes(title), `${kind}: ${title}`);
        // Each of the region's 情况说明 headings, unless every sentence under it needs a table the seed lacks (001: 机关运行经费).
        const sections = profile.parts.flatMap((p) => (p.part === 'narrative' ? p.sections : []));
        for (const section of sections.filter((s) => s.sentences.some((t) => figuresOf(t.text).every((id) => figure(doc, id)))))
          assert.ok(
            headings.some((h) => h.endsWith(`、${section.heading}`)),
            section.heading,
          );
      });
    }
  }
});

/**
 * Every amount of a 万元 table × 1.0001, exactly (1234.56 → 1234.683456): the tables still tie to the
 * last digit, and each figure has six decimals as 北京's 报表 prints them (44,156.640120 万元) beside its
 * 情况说明 (44156.64 万元). Counts are kept.
 */
function sixDecimals(doc: BudgetDocument): BudgetDocument {
  const times = (key: string, a: Amount): Amount => {
    if (key === 'quantity') return a;
    assert.ok(a.scale <= 2, `${a.raw}: at most two decimals`);
    return { raw: '', scaled: a.scaled * 10001n, scale: a.scale + 4 };
  };
  return {
    ...doc,
    tables: doc.tables.map((t) => {
      assert.equal(t.unit, '万元');
      return {
        ...t,
        rows: t.rows.map((r) => ({
          ...r,
          values: Object.fromEntries(Object.entries(r.values).map(([k, a]) => [k, times(k, a)])),
        })),
      };
    }),
  };
}

/** 北京's 情况说明 written from seed 001 (its sums tie to the 分) with the texts a department gives. */
function beijingInput(profile: WriterProfile) {
  const doc = readText(readFileSync(regionalSeed(profile), 'utf8'), '001.txt');
  // 001's 项目支出预算表 (its 合计 4833.08 over rows of 4822.88, the seed's own error) is not one 北京 prints.
  const input = { ...doc, tables: doc.tables.filter((t) => t.kind !== 'project_expenditure') };
  const texts = {
    部门职责: '负责全省政务工作。',
    机构设置: '内设 12 个处室。',
    名词解释: '基本支出：指为保障机构正常运转而发生的支出。',
  };
  return { doc, input, texts };
}

/** The 情况说明's sections read back: 一、部门情况说明 and its （一）（二） first, then 二、… to 五's sub-sections. */
function beijingSections(readBack: BudgetDocument): string[] {
  const read = readBack.narrative.map((s) => s.heading.replace(/\s+/g, ''));
  assert.deepEqual(read.slice(0, 3), ['部门情况说明', '本部门职责情况', '机构设置情况']);
  for (const h of ['收入预算情况说明', '支出预算情况说明', '财政拨款“三公”经费预算情况说明', '其他情况说明', '政府采购预算说明'])
    assert.ok(read.includes(h), h);
  return read;
}

describe("北京's parts: 第一部分 情况说明 with 一、…六、, 第二部分 报表, as every 北京 情况说明 of the corpus prints them", () => {
  for (const format of ['html', 'docx'] as const)
    it(`the 情况说明 file's headings, its （一） lines and the 报表 part; read back with its sections and 0 errors (${format})`, async () => {
      const profile = writerProfile('beijing-budget') as WriterProfile;
      const { doc, input, texts } = beijingInput(profile);
      const result = await writeDisclosure({ document: input, texts }, profile, format, { tocPages: false });
      assert.deepEqual(
        result.errors.map((f) => `${f.rule}: ${f.message}`),
        [],
      );
      const blocks = result.files[0]?.written.blocks ?? [];
      const headings = blocks.flatMap((b) => (b.type === 'heading' ? [`${b.level} ${b.text}`] : []));
      assert.deepEqual(headings, [
        `1 第一部分 ${doc.year}年度部门预算情况说明`,
        '2 一、部门情况说明',
        '2 二、收入预算情况说明',
        '2 三、支出预算情况说明',
        '2 四、财政拨款“三公”经费预算情况说明',
        '2 五、其他情况说明',
        '2 六、名词解释',
        `1 第二部分 ${doc.year}年度部门预算报表`,
      ]);
      const lines = blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
      const numbered = lines.filter((t) => /^（[一二三四五六七八九十]+）/.test(t));
      // 001 has no 机关运行经费 table: its sub-section says nothing and the next takes its number.
      assert.deepEqual(numbered, [
        '（一）本部门职责情况',
        '（二）机构设置情况',
        '（一）政府采购预算说明',
        '（二）国有资产占用情况说明',
        '（三）项目支出绩效目标情况说明',
      ]);
      assert.equal(lines[lines.indexOf('（一）本部门职责情况') + 1], texts.部门职责);
      assert.equal(lines[lines.indexOf('（二）机构设置情况') + 1], texts.机构设置);
      assert.ok(lines.includes(texts.名词解释));
      assert.equal(lines.at(-1), `附件：${result.files[1]?.written.title}`);
      // Read back: the 情况说明 from 一、部门情况说明 to 五's sub-sections (名词解释 ends it), as the reader reads 北京's own.
      const read = beijingSections(result.readBack);
      assert.ok(!read.includes('名词解释'));
      // Every text the profile asks for is one the 说明 sheet lists, the 情况说明's own ones included.
      for (const key of Object.keys(texts)) assert.ok(profileTextKeys(profile).includes(key), key);
    });
});

describe("北京's number format: the 报表 in 万元 to six decimals, the 情况说明 rounded once to two", () => {
  it('beijing-budget prints 1,234.683456 in the tables and 1234.68万元 in the text, and reads back the same amounts', async () => {
    const profile = writerProfile('beijing-budget') as WriterProfile;
    const doc = sixDecimals(readText(readFileSync(regionalSeed(profile), 'utf8'), '001.txt'));
    assert.deepEqual(profile.money, { tables: { unit: '万元', decimals: 6, grouped: true }, narrative: WAN_2 });
    const own = new Set(
      checkDocument(doc)
        .findings.filter((f) => f.severity === 'error')
        .map(errorKey),
    );
    const result = await writeDisclosure({ document: doc, texts: {} }, profile, 'html', { tocPages: false });
    assert.deepEqual(
      result.errors.filter((f) => !own.has(errorKey(f))).map((f) => `${f.rule}: ${f.message}`),
      [],
    );
    assert.deepEqual(writtenProjection(result.readBack, profile.money.tables), writtenProjection(doc, profile.money.tables));
    // The 收支总表's 收入总计, exact, in the 报表 and in the 情况说明's first sentence.
    const summary = doc.tables.find((t) => t.kind === 'income_expenditure_summary');
    const total = summary?.rows.find((r) => r.isTotal && r.side === 'income')?.values.total as Amount;
    assert.ok(total.scaled % 10_000n !== 0n, 'the total has more decimals than the text prints: it is rounded there');
    const [sm, bb] = result.files.map((f) => f.written.blocks);
    const cells = (bb ?? []).flatMap((b) => (b.type === 'table' ? b.grid.body.flat().map((c) => c.text) : []));
    const amounts = cells.filter((c) => /^[\d,]+\.\d+$/.test(c));
    assert.ok(amounts.length > 0);
    assert.deepEqual(
      amounts.filter((c) => !/^\d{1,3}(?:,\d{3})*\.\d{6}$/.test(c)),
      [],
      'every table amount to six decimals, thousands separated',
    );
    const printed = formatMoney(total, doc.unit, profile.money.tables);
    assert.match(printed, /^\d{1,3}(?:,\d{3})*\.\d{6}$/);
    assert.ok(cells.includes(printed), printed);
    const text = (sm ?? []).flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])).join('');
    assert.ok(text.includes(`收入预算总计${rounded(total, doc.unit, WAN_2).raw}万元`), text.slice(0, 300));
    assert.ok(!/\d\.\d{3,}万元/.test(text), 'no figure of the 情况说明 has more than two decimals');
  });
});

describe("北京's 目录: the 情况说明 lists the 报表's tables as 北京 does", () => {
  it('第二部分 2025年度部门预算报表 is followed by 一、收支总表 … each table of the 报表 in its order, by its name; read back as the 目录', async () => {
    const profile = writerProfile('beijing-budget') as WriterProfile;
    const doc = readText(readFileSync(regionalSeed(profile), 'utf8'), '001.txt');
    const result = await writeDisclosure({ document: doc, texts: {} }, profile, 'docx', { tocPages: false });
    const [sm, bb] = result.files;
    const toc = sm?.written.blocks.find((b) => b.type === 'toc');
    assert.ok(toc?.type === 'toc');
    const at = toc.entries.findIndex((e) => e.text === `第二部分 ${doc.year}年度部门预算报表`);
    assert.ok(at > 0);
    const listed = toc.entries.slice(at + 1);
    // The 报表 file's table headings, in order: 预算01表 收支总表 … (001 has no 政府采购, and two tables of kinds 北京 does not number).
    const printed = (bb?.written.blocks ?? []).flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    assert.equal(printed[0], '预算01表 收支总表');
    assert.deepEqual(
      listed.map((e) => e.text),
      printed.map((title, i) => `${chineseNumeral(i + 1)}、${title.replace(/^预算\d{2}表 /, '')}`),
    );
    assert.ok(listed.every((e) => e.external && e.level === 2));
    assert.deepEqual(
      listed.slice(0, 2).map((e) => e.text),
      ['一、收支总表', '二、收入总表'],
    );
    // Read back: the 目录 of the 情况说明 lists them, and every table listed is found in the 报表 (toc-tables).
    const read = result.readBack.toc.map((e) => e.text.replace(/\s+/g, ''));
    for (const entry of listed) assert.ok(read.includes(entry.text), entry.text);
    assert.deepEqual(
      result.findings.filter((f) => f.rule === 'toc-tables').map((f) => f.message),
      [],
    );
    // In the DOCX they follow the TOC field (Word's update of the field, over this file's headings, keeps them).
    const xml = new ZipArchive(new Uint8Array(sm?.bytes as Buffer), 'sm.docx', DEFAULT_LIMITS).text('word/document.xml') ?? '';
    assert.ok(xml.indexOf('一、收支总表') > xml.lastIndexOf('w:fldCharType="end"'));
  });
});

describe("北京's parts with a 目录 that prints page numbers, as other regions' do, through LibreOffice", () => {
  // 北京 prints none; a 目录 numbered in front of 第一部分 (第一部分 …情况说明……3, its 一、… entries joined into one
  // line by the PDF) must still end at the body's 第一部分, or the 情况说明 reads back as no disclosure.
  const skip = libreOfficeAvailable() ? false : 'soffice 未安装 / soffice not installed';
  for (const format of ['pdf', 'docx'] as const)
    it(`beijing-budget with a numbered 目录 → ${format} → its 情况说明 sections and tables read back, 0 errors`, {
      skip,
    }, async () => {
      const { tocPages, ...numbered } = writerProfile('beijing-budget') as WriterProfile;
      assert.equal(tocPages, false);
      const { input, texts } = beijingInput(numbered);
      const result = await writeDisclosure({ document: input, texts }, numbered, format, { tocPages: true });
      assert.deepEqual(
        result.errors.map((f) => `${f.rule}: ${f.message}`),
        [],
      );
      assert.deepEqual(
        writtenProjection(result.readBack, numbered.money.tables),
        writtenProjection(input, numbered.money.tables),
      );
      // The 目录 was numbered: 第一部分's entry reads back with its page (……3 in the PDF, a tab and 3 in the DOCX).
      assert.ok(result.readBack.toc.some((e) => /^第一部分.*情况说明\D*\d+$/.test(e.text.replace(/\s+/g, ''))));
      beijingSections(result.readBack);
      // No line of the body is taken for the 目录.
      const body = result.readBack.toc.filter((e) => /本部门|负责全省/.test(e.text));
      assert.deepEqual(body, []);
    });
});
