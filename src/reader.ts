import type { AdapterOutput } from './adapters/adapter.js';
import type { Block } from './adapters/blocks.js';
import { adapterFor, hasAdapter } from './adapters/registry.js';
import { readBlocks } from './adapters/text/read-text.js';
import { holdsNarrative } from './model/document-set.js';
import type { BudgetDocument, SourceFormat } from './model/types.js';
import { applyPlacements } from './recognize/placements.js';
import { recognize } from './recognize/recognize.js';
import { InputError } from './source/errors.js';
import { DEFAULT_LIMITS, defineSha256, type Limits, type LoadedSource, loadSource, sourceFromBytes } from './source/load.js';
import { type ReaderPool, type ReadResult, sharedPool } from './source/pool.js';

export type { ReadResult };

export interface ReadOptions {
  limits?: Partial<Limits>;
  /** Keep what each layout stage found (`extract --debug-layout`). */
  debug?: boolean;
  /** The reader threads for binary files (a shared pool when not given). */
  pool?: ReaderPool;
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

/** The adapter's blocks; what breaks inside a parser on untrusted bytes is a damaged file, not our defect. */
async function adapterOutput(source: LoadedSource, format: SourceFormat, limits: Limits, debug: boolean): Promise<AdapterOutput> {
  if (format === 'text') return { ...readBlocks(source.bytes.toString('utf8')), findings: [] };
  try {
    const adapter = await adapterFor(format);
    return await adapter.read({ file: source.file, bytes: new Uint8Array(source.bytes), limits, debug });
  } catch (error) {
    if (error instanceof InputError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(`文件已损坏或格式不正确（${detail}）`, `the file is damaged or malformed (${detail})`, source.file);
  }
}

/**
 * Loaded bytes → the document: text in the calling thread, binary formats in a reader thread of
 * the pool (which calls this too).
 */
export async function readLoaded(source: LoadedSource, limits: Limits, debug = false): Promise<ReadResult> {
  const { file } = source;
  const format = source.format;
  // A legacy .doc/.xls arrives here converted (readDocumentWithLayout), never as `ole`.
  if (format === 'unknown-binary' || format === 'ole' || !hasAdapter(format)) throw unsupported(format, file);
  const output = await adapterOutput(source, format, limits, debug);
  // The hash as the source has it, when it is read (defineSha256): a check never reads it.
  const doc = documentFromBlocks(output, file, format, '');
  defineSha256(doc.source, () => source.sha256);
  try {
    assertDisclosure(doc, file);
  } catch (error) {
    if (error instanceof InputError) error.details = output.debug ?? [];
    throw error;
  }
  return { doc, debug: output.debug ?? [] };
}

/** Read any supported file (`-` is standard input); throws InputError (exit 2) for what cannot be read. */
export async function readDocumentWithLayout(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const source = await withoutLegacy(await loadSource(file, limits), limits);
  const debug = options.debug ?? false;
  // Text stays in this thread: checking a text file pays for no thread and no pdf.js.
  if (source.format === 'text' || source.format === 'unknown-binary') return readLoaded(source, limits, debug);
  return (options.pool ?? sharedPool()).read({ source, limits, debug });
}

/**
 * Read bytes received from someone else (an upload to `serve`): every format, text too, in a reader
 * thread of the pool, so a hostile file breaks only its thread and never holds up the caller's.
 */
export async function readUntrusted(name: string, bytes: Buffer, options: ReadOptions = {}): Promise<ReadResult> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const source = await withoutLegacy(sourceFromBytes(name, bytes, limits), limits);
  if (source.format === 'unknown-binary') throw unsupported(source.format, name);
  return (options.pool ?? sharedPool()).read({ source, limits, debug: options.debug ?? false });
}

/** A legacy .doc/.xls converted by LibreOffice into what the adapters read; anything else as it is. */
async function withoutLegacy(source: LoadedSource, limits: Limits): Promise<LoadedSource> {
  if (source.format !== 'ole') return source;
  // Loaded only for a legacy file: it brings child_process, which a text file's check need not pay for.
  const { convertLegacy } = await import('./source/legacy.js');
  const converted = await convertLegacy(source.bytes, source.file, limits);
  return { ...source, bytes: converted.bytes, format: converted.format };
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
