/**
 * A filled workbook → the writer's input: its tables read by the reader's own XLSX adapter and
 * recognition (so each row keeps its sheet and cell), department, year and unit from the 封面 sheet,
 * the texts from the 说明 sheet (or from sheets of text, as Shanghai's workbook has them), then
 * validated strictly: anything wrong is refused, all problems at once, before anything is written.
 * Reads our own template and Shanghai's workbooks alike: both are recognized by what they print.
 */
import type { Block } from '../../adapters/blocks.js';
import { xlsxAdapter } from '../../adapters/xlsx/adapter.js';
import type { BudgetDocument, TableKind } from '../../model/types.js';
import { documentFromBlocks } from '../../reader.js';
import { unitOf } from '../../recognize/vocabulary.js';
import { type Profile as CheckProfile, NATIONAL, NATIONAL_FINAL_ACCOUNT, profileFor } from '../../rules/profiles.js';
import { InputError } from '../../source/errors.js';
import { DEFAULT_LIMITS, type Limits, loadSource } from '../../source/load.js';
import type { WriterInput } from '../input.js';
import { type TemplateProfile, templateProfile } from './layouts.js';
import { CellLocator } from './locate.js';
import { wordsInPerformanceAmounts } from './performance-cells.js';
import { InputRefused, type Refusal } from './refusal.js';
import { tableSheetNames } from './template.js';
import { COVER_SHEET, TEXT_SHEET, textKey } from './texts.js';
import { validateDocument } from './validate.js';

export interface WorkbookOptions {
  /** A template profile id; else the one the 封面 names, else the check profile the document matches. */
  profile?: string;
  limits?: Partial<Limits>;
}

type Origins = NonNullable<WriterInput['origins']>;

/** Sheets that never hold a table: the cover and a table of contents. */
const NOT_TABLES = new RegExp(`^(?:${COVER_SHEET.name}|目录)$`);

async function workbookBlocks(file: string, limits: Limits) {
  const source = await loadSource(file, limits);
  if (source.format !== 'xlsx') {
    throw new InputRefused(
      [{ reason: 'not-a-workbook', zh: '不是 Excel 工作簿（.xlsx）', en: 'not an Excel workbook (.xlsx)' }],
      source.file,
    );
  }
  try {
    const output = await xlsxAdapter.read({ file: source.file, bytes: new Uint8Array(source.bytes), limits });
    return { source, output };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(`文件已损坏或格式不正确（${detail}）`, `the file is damaged or malformed (${detail})`, source.file);
  }
}

const blockText = (b: Block) => (b.type === 'para' ? b.text : b.cells.map((c) => c.text).join(' ')).trim();
const sheetOfBlock = (b: Block) => b.at?.sheet ?? (b.type === 'row' ? b.cells[0]?.at?.sheet : undefined);

/** Blocks grouped by their sheet, in workbook order. */
function bySheet(blocks: Block[]): Map<string, Block[]> {
  const sheets = new Map<string, Block[]>();
  for (const block of blocks) {
    const sheet = sheetOfBlock(block);
    if (sheet === undefined) continue;
    const list = sheets.get(sheet) ?? [];
    list.push(block);
    sheets.set(sheet, list);
  }
  return sheets;
}

interface Cover {
  department?: string;
  year?: number;
  unit?: string;
  template?: string;
}

/** The 封面's label | value rows. */
function readCover(blocks: Block[]): Cover {
  const cover: Cover = {};
  for (const block of blocks) {
    if (block.type !== 'row') continue;
    const [label, value] = block.cells.filter((c) => c.text.trim() !== '').map((c) => c.text.trim());
    if (!label || !value) continue;
    if (label === COVER_SHEET.department) cover.department = value;
    else if (label === COVER_SHEET.year && /^\d{4}$/.test(value)) cover.year = Number(value);
    else if (label === COVER_SHEET.unit) cover.unit = value;
    else if (label === COVER_SHEET.template) cover.template = value;
  }
  return cover;
}

/** The 说明 sheet: one text per row, 标题 | 内容, each with the cell it was written in. */
function readTextRows(blocks: Block[], file: string, texts: Record<string, string>, origins: Origins): void {
  for (const block of blocks) {
    if (block.type !== 'row') continue;
    const cells = block.cells.filter((c) => c.text.trim() !== '');
    const [heading, body] = cells;
    if (!heading || !body || heading.text.trim() === TEXT_SHEET.heading) continue;
    const key = textKey(heading.text);
    texts[key] = body.text.trim();
    origins[key] = {
      file,
      ...(body.at?.sheet ? { sheet: body.at.sheet } : {}),
      ...(body.at?.cell ? { cell: body.at.cell } : {}),
    };
  }
}

/** A sheet of prose (Shanghai's 部门主要职能): its title line, then the text; keyed by the sheet's name. */
function readTextSheet(sheet: string, blocks: Block[], file: string, texts: Record<string, string>, origins: Origins): void {
  const [, ...body] = blocks;
  const text = body.map(blockText).filter(Boolean).join('\n');
  if (text === '') return;
  const key = textKey(sheet.trim());
  const first = body.find((b) => blockText(b) !== '');
  const at = first?.at ?? (first?.type === 'row' ? first.cells[0]?.at : undefined);
  texts[key] = text;
  origins[key] = { file, sheet, ...(at?.cell ? { cell: at.cell } : {}) };
}

/** The template profile: asked for, named on the 封面, or none (a workbook of the department's own). */
function chooseTemplate(options: WorkbookOptions, cover: Cover): TemplateProfile | undefined {
  const id = options.profile ?? cover.template;
  if (id === undefined) return undefined;
  const profile = templateProfile(id);
  if (!profile) throw new InputError(`未知模板 ${id}`, `unknown template profile ${id}`);
  return profile;
}

export function checkProfileOf(doc: BudgetDocument, template: TemplateProfile | undefined): CheckProfile {
  if (template) return template.check;
  const matched = profileFor(doc);
  return matched.phase === doc.phase ? matched : doc.phase === 'budget' ? NATIONAL : NATIONAL_FINAL_ACCOUNT;
}

/** The sheet a kind belongs on: the template's, or the sheet of that kind's table in the workbook. */
function sheetFinder(template: TemplateProfile | undefined): (kind: TableKind) => string | undefined {
  if (!template) return () => undefined;
  const names = tableSheetNames(template);
  return (kind) => names[template.tables.findIndex((t) => t.kinds.includes(kind))];
}

export interface WorkbookInput extends WriterInput {
  origins: Origins;
  /** The check profile whose tables the workbook was held to. */
  profile: CheckProfile;
}

/** A workbook read and validated: the input it gives and everything wrong with it (nothing thrown). */
export interface InspectedWorkbook {
  input: WorkbookInput;
  refusals: Refusal[];
  file: string;
}

/** Read a filled workbook strictly: any problem refuses it, all of them listed at once (InputRefused). */
export async function readWorkbook(file: string, options: WorkbookOptions = {}): Promise<WorkbookInput> {
  const inspected = await inspectWorkbook(file, options);
  if (inspected.refusals.length > 0) throw new InputRefused(inspected.refusals, inspected.file);
  return inspected.input;
}

export async function inspectWorkbook(file: string, options: WorkbookOptions = {}): Promise<InspectedWorkbook> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const { source, output } = await workbookBlocks(file, limits);
  const doc = documentFromBlocks(output, source.file, 'xlsx', source.sha256);
  const sheets = bySheet(output.blocks);
  const tableSheets = new Set(doc.tables.filter((t) => t.kind !== 'unknown').map((t) => t.source.sheet ?? ''));
  const cover = readCover(sheets.get(COVER_SHEET.name) ?? []);
  const template = chooseTemplate(options, cover);
  const texts: Record<string, string> = {};
  const origins: Origins = {};
  for (const [sheet, blocks] of sheets) {
    if (sheet === TEXT_SHEET.name) readTextRows(blocks, source.file, texts, origins);
    else if (!tableSheets.has(sheet) && !NOT_TABLES.test(sheet.trim())) readTextSheet(sheet, blocks, source.file, texts, origins);
  }
  // What is not on a table's sheet (the cover, the texts) is no table and no finding of one.
  doc.tables = doc.tables.filter((t) => tableSheets.has(t.source.sheet ?? ''));
  // A table ends with its sheet: rows of a later sheet read as its continuation are not its rows.
  for (const table of doc.tables) table.rows = table.rows.filter((r) => r.source.sheet === table.source.sheet);
  doc.findings = doc.findings.filter((f) => f.source?.sheet === undefined || tableSheets.has(f.source.sheet));
  if (cover.department) doc.department = cover.department;
  if (cover.year) doc.year = cover.year;
  const unit = cover.unit ? unitOf(`${COVER_SHEET.unit}：${cover.unit}`) : null;
  if (unit) doc.unit = unit;
  if (template) {
    doc.phase = template.phase;
    doc.scope = template.scope;
  }
  const profile = checkProfileOf(doc, template);
  const locator = new CellLocator(output.blocks);
  const refusals: Refusal[] = [];
  if (doc.year === null)
    refusals.push({
      reason: 'year',
      zh: `未写明年度（封面“${COVER_SHEET.year}”）`,
      en: `no year given (the cover's "${COVER_SHEET.year}")`,
      sheet: COVER_SHEET.name,
    });
  refusals.push(...validateDocument(doc, profile, locator, { sheetOf: sheetFinder(template), tableSheets }));
  const performanceSheets = new Set(doc.tables.flatMap((t) => (t.kind === 'performance_targets' ? [t.source.sheet ?? ''] : [])));
  refusals.push(...wordsInPerformanceAmounts(output.blocks, performanceSheets));
  return { input: { document: doc, texts, origins, profile }, refusals, file: source.file };
}
