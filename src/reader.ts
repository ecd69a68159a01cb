import { readBlocks } from './adapters/text/read-text.js';
import type { BudgetDocument } from './model/types.js';
import { recognize } from './recognize/recognize.js';
import { InputError } from './source/errors.js';
import { DEFAULT_LIMITS, type Limits, loadSource } from './source/load.js';

/** Read text extracted from a disclosure into the canonical model. */
export function readText(text: string, file: string, sha256 = ''): BudgetDocument {
  const { style, blocks } = readBlocks(text);
  return recognize(blocks, style, { file, format: 'text', sha256 });
}

/** Read any supported file; throws InputError (exit 2) for what cannot be read. */
export function readDocument(file: string, limits: Limits = DEFAULT_LIMITS): BudgetDocument {
  const source = loadSource(file, limits);
  if (source.format !== 'text') {
    const what = source.format === 'unknown-binary' ? '二进制文件，不是可识别的文本' : `${source.format} 格式的读取尚未实现`;
    const whatEn =
      source.format === 'unknown-binary'
        ? 'binary file, not readable text'
        : `reading ${source.format} files is not implemented yet`;
    throw new InputError(what, whatEn, file);
  }
  const doc = readText(source.bytes.toString('utf8'), file, source.sha256);
  const dataTables = doc.tables.filter((t) => t.kind !== 'unknown');
  if (dataTables.length === 0 || doc.year === null) {
    throw new InputError(
      '不是部门预算或决算公开文件（未找到预算表格）',
      'not a budget disclosure (no budget tables found)',
      file,
    );
  }
  return doc;
}
