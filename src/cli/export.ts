/** `budgetlens export <file…> --format csv|xlsx|parquet|fdp --out <folder or file>`. */
import { join } from 'node:path';
import {
  csvFiles,
  EXPORT_FORMATS,
  type ExportFormat,
  FOLDER_FORMATS,
  fdpFiles,
  isExportFormat,
  tablesOf,
  xlsxBytes,
} from '../export/index.js';
import type { BudgetDocument } from '../model/types.js';
import type { ReadOutcome } from '../read-many.js';
import { UsageError } from './args.js';
import { checkOutFolder, checkOutPath, isFolder, writeFolder, writeOut, writeOutWith } from './out-file.js';

/** Where the export goes: a folder for the folder formats; a file, or a file named for the format in a folder given. */
function target(format: ExportFormat, out: string): string {
  if (FOLDER_FORMATS.includes(format)) {
    checkOutFolder(out);
    return out;
  }
  const path = isFolder(out) ? join(out, `budgetlens-export.${format}`) : out;
  checkOutPath(path);
  return path;
}

export interface ExportIO {
  stdout: (text: string) => void;
  /** Reads the files (through the reader pool, grouped as check and extract group them). */
  readAll: () => Promise<ReadOutcome[]>;
  /** Says on stderr that a file could not be read. */
  unreadable: (file: string, error: Error) => void;
}

export async function exportCommand(format: string | null, out: string | null, files: string[], io: ExportIO): Promise<number> {
  const chosen = format ?? 'csv';
  if (!isExportFormat(chosen))
    throw new UsageError(
      `不支持的格式 ${chosen}（可用 ${EXPORT_FORMATS.join('、')}） / unsupported format ${chosen} (${EXPORT_FORMATS.join(', ')})`,
    );
  if (files.length === 0) throw new UsageError('缺少输入文件 / no input file given');
  if (!out) throw new UsageError('缺少 --out（输出文件夹或文件） / no --out given (the output folder or file)');
  const path = target(chosen, out);
  let exit = 0;
  const docs: BudgetDocument[] = [];
  for (const outcome of await io.readAll()) {
    if (outcome.error) {
      io.unreadable(outcome.file, outcome.error);
      exit = 2;
    } else docs.push(outcome.result.doc);
  }
  if (docs.length === 0) return exit;
  const tables = tablesOf(docs);
  if (chosen === 'csv') writeFolder(path, csvFiles(tables));
  else if (chosen === 'fdp') writeFolder(path, fdpFiles(tables));
  else if (chosen === 'xlsx') writeOut(path, xlsxBytes(tables));
  else {
    const { writeParquet } = await import('../export/parquet.js');
    await writeOutWith(path, (temp) => writeParquet(tables, temp));
  }
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  io.stdout(
    `已导出 ${docs.length} 份文件的 ${tables.length} 张表（${rows} 行）到 ${path} / exported ${tables.length} tables (${rows} rows) of ${docs.length} documents to ${path}\n`,
  );
  return exit;
}
