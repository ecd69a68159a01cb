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
import type { ExportTable } from '../export/input.js';
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

function formatAndTarget(format: string | null, out: string | null): { chosen: ExportFormat; path: string } {
  const chosen = format ?? 'csv';
  if (!isExportFormat(chosen))
    throw new UsageError(
      `不支持的格式 ${chosen}（可用 ${EXPORT_FORMATS.join('、')}） / unsupported format ${chosen} (${EXPORT_FORMATS.join(', ')})`,
    );
  if (!out) throw new UsageError('缺少 --out（输出文件夹或文件） / no --out given (the output folder or file)');
  return { chosen, path: target(chosen, out) };
}

export async function exportCommand(format: string | null, out: string | null, files: string[], io: ExportIO): Promise<number> {
  if (files.length === 0) throw new UsageError('缺少输入文件 / no input file given');
  const { chosen, path } = formatAndTarget(format, out);
  let exit = 0;
  const docs: BudgetDocument[] = [];
  for (const outcome of await io.readAll()) {
    if (outcome.error) {
      io.unreadable(outcome.file, outcome.error);
      exit = 2;
    } else docs.push(outcome.result.doc);
  }
  if (docs.length === 0) return exit;
  await writeExport(chosen, path, tablesOf(docs), docs.length, io);
  return exit;
}

/** `export --db …` without files: the newest stored documents that match, read back from the store. */
export async function exportStoredCommand(
  format: string | null,
  out: string | null,
  load: () => Promise<{ tables: ExportTable[]; documents: number }>,
  io: Pick<ExportIO, 'stdout'>,
): Promise<number> {
  const { chosen, path } = formatAndTarget(format, out);
  const { tables, documents } = await load();
  if (documents === 0) {
    io.stdout('库中没有符合条件的文件，未导出 / no stored document matches: nothing exported\n');
    return 1;
  }
  await writeExport(chosen, path, tables, documents, io);
  return 0;
}

async function writeExport(
  chosen: ExportFormat,
  path: string,
  tables: ExportTable[],
  documents: number,
  io: Pick<ExportIO, 'stdout'>,
): Promise<void> {
  if (chosen === 'csv') writeFolder(path, csvFiles(tables));
  else if (chosen === 'fdp') writeFolder(path, fdpFiles(tables));
  else if (chosen === 'xlsx') writeOut(path, xlsxBytes(tables));
  else {
    const { writeParquet } = await import('../export/parquet.js');
    await writeOutWith(path, (temp) => writeParquet(tables, temp));
  }
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  io.stdout(
    `已导出 ${documents} 份文件的 ${tables.length} 张表（${rows} 行）到 ${path} / exported ${tables.length} tables (${rows} rows) of ${documents} documents to ${path}\n`,
  );
}
