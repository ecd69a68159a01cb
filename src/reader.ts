import type { AdapterOutput } from './adapters/adapter.js';
import type { Block } from './adapters/blocks.js';
import { hasAdapter } from './adapters/registry.js';
import { readBlocks } from './adapters/text/read-text.js';
import { holdsNarrative } from './model/document-set.js';
import type { BudgetDocument, SourceFormat } from './model/types.js';
import { applyPlacements } from './recognize/placements.js';
import { recognize } from './recognize/recognize.js';
import { InputError } from './source/errors.js';
import { readIsolated } from './source/isolate.js';
import { convertLegacy } from './source/legacy.js';
import { DEFAULT_LIMITS, type Limits, loadSource } from './source/load.js';

export interface ReadOptions {
  limits?: Partial<Limits>;
  /** Keep what each layout stage found (`extract --debug-layout`). */
  debug?: boolean;
}

/** A document with what the adapter saw, for `--debug-layout`. */
export interface ReadResult {
  doc: BudgetDocument;
  debug: string[];
}

/** Read text extracted from a disclosure into the canonical model. */
export function readText(text: string, file: string, sha256 = ''): BudgetDocument {
  const { style, blocks } = readBlocks(text);
  return recognize(blocks, style, { file, format: 'text', sha256 });
}

/** Blocks from any adapter → the model, with every origin carrying its page, sheet or cell. */
export function documentFromBlocks(output: AdapterOutput, file: string, format: SourceFormat, sha256: string): BudgetDocument {
  const doc = recognize(output.blocks, output.style, { file, format, sha256 });
  const linked = (output.links ?? []).map((l) => ({ text: l.text, href: l.href, source: { file, line: l.line } }));
  if (linked.length > 0) doc.attachments = [...(doc.attachments ?? []), ...linked];
  applyPlacements(doc, output.blocks as Block[]);
  doc.findings.unshift(...output.findings);
  return doc;
}

function unsupported(format: string, file: string): InputError {
  if (format === 'unknown-binary') return new InputError('二进制文件，不是可识别的文本', 'binary file, not readable text', file);
  return new InputError(`${format} 格式的读取尚未实现`, `reading ${format} files is not implemented yet`, file);
}

/** Read any supported file; throws InputError (exit 2) for what cannot be read. */
export async function readDocumentWithLayout(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const source = loadSource(file, limits);
  if (source.format === 'ole') {
    const converted = convertLegacy(source.bytes, file, limits);
    source.bytes = converted.bytes;
    source.format = converted.format;
  }
  const format = source.format;
  if (format === 'unknown-binary' || !hasAdapter(format)) throw unsupported(format, file);
  let output: AdapterOutput;
  if (format === 'text') {
    const { style, blocks } = readBlocks(source.bytes.toString('utf8'));
    output = { style, blocks, findings: [] };
  } else {
    output = await readIsolated(format, { file, bytes: new Uint8Array(source.bytes), limits, debug: options.debug ?? false });
  }
  const doc = documentFromBlocks(output, file, format, source.sha256);
  try {
    assertDisclosure(doc, file);
  } catch (error) {
    if (error instanceof InputError) error.details = output.debug ?? [];
    throw error;
  }
  return { doc, debug: output.debug ?? [] };
}

/**
 * A 情况说明 published without its tables (北京's 附件1; a web page linking its tables) is a budget
 * disclosure too: a title naming a year's 预算 or 决算, and numbered sections stating amounts.
 */
function isNarrativeDisclosure(doc: BudgetDocument): boolean {
  if (doc.title === '' || !holdsNarrative(doc)) return false;
  const stated = doc.narrative.filter(
    (s) => /\d\s*(?:万元|元)/.test(s.text) && /预算|决算|支出|收入/.test(`${s.heading}${s.text}`),
  );
  return stated.length >= 2;
}

function assertDisclosure(doc: BudgetDocument, file: string): void {
  const dataTables = doc.tables.filter((t) => t.kind !== 'unknown');
  if ((dataTables.length === 0 && !isNarrativeDisclosure(doc)) || doc.year === null) {
    const scanned = doc.findings.find((f) => f.rule === 'reader/scanned-page');
    if (scanned) throw new InputError(scanned.message.split(' / ')[0] ?? '', scanned.message.split(' / ')[1] ?? '', file);
    throw new InputError(
      '不是部门预算或决算公开文件（未找到预算表格）',
      'not a budget disclosure (no budget tables found)',
      file,
    );
  }
}

export async function readDocument(file: string, options: ReadOptions = {}): Promise<BudgetDocument> {
  return (await readDocumentWithLayout(file, options)).doc;
}
