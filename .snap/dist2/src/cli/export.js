/** `budgetlens export <file…> --format csv|xlsx|parquet|fdp --out <folder or file>`. */
import { join } from 'node:path';
import { csvFiles, EXPORT_FORMATS, FOLDER_FORMATS, fdpFiles, isExportFormat, tablesOf, xlsxBytes, } from '../export/index.js';
import { UsageError } from './args.js';
import { checkOutFolder, checkOutPath, isFolder, writeFolder, writeOut, writeOutWith } from './out-file.js';
/** Where the export goes: a folder for the folder formats; a file, or a file named for the format in a folder given. */
function target(format, out) {
    if (FOLDER_FORMATS.includes(format)) {
        checkOutFolder(out);
        return out;
    }
    const path = isFolder(out) ? join(out, `budgetlens-export.${format}`) : out;
    checkOutPath(path);
    return path;
}
function formatAndTarget(format, out) {
    const chosen = format ?? 'csv';
    if (!isExportFormat(chosen))
        throw new UsageError(`不支持的格式 ${chosen}（可用 ${EXPORT_FORMATS.join('、')}） / unsupported format ${chosen} (${EXPORT_FORMATS.join(', ')})`);
    if (!out)
        throw new UsageError('缺少 --out（输出文件夹或文件） / no --out given (the output folder or file)');
    return { chosen, path: target(chosen, out) };
}
export async function exportCommand(format, out, files, io) {
    if (files.length === 0)
        throw new UsageError('缺少输入文件 / no input file given');
    const { chosen, path } = formatAndTarget(format, out);
    let exit = 0;
    const docs = [];
    for (const outcome of await io.readAll()) {
        if (outcome.error) {
            io.unreadable(outcome.file, outcome.error);
            exit = 2;
        }
        else
            docs.push(outcome.result.doc);
    }
    if (docs.length === 0)
        return exit;
    await writeExport(chosen, path, tablesOf(docs), docs.length, io);
    return exit;
}
/** `export --db …` without files: the newest stored documents that match, read back from the store. */
export async function exportStoredCommand(format, out, load, io) {
    const { chosen, path } = formatAndTarget(format, out);
    const { tables, documents } = await load();
    if (documents === 0) {
        io.stdout('库中没有符合条件的文件，未导出 / no stored document matches: nothing exported\n');
        return 1;
    }
    await writeExport(chosen, path, tables, documents, io);
    return 0;
}
async function writeExport(chosen, path, tables, documents, io) {
    if (chosen === 'csv')
        writeFolder(path, csvFiles(tables));
    else if (chosen === 'fdp')
        writeFolder(path, fdpFiles(tables));
    else if (chosen === 'xlsx')
        writeOut(path, xlsxBytes(tables));
    else {
        const { writeParquet } = await import('../export/parquet.js');
        await writeOutWith(path, (temp) => writeParquet(tables, temp));
    }
    const rows = tables.reduce((n, t) => n + t.rows.length, 0);
    io.stdout(`已导出 ${documents} 份文件的 ${tables.length} 张表（${rows} 行）到 ${path} / exported ${tables.length} tables (${rows} rows) of ${documents} documents to ${path}\n`);
}
//# sourceMappingURL=export.js.map