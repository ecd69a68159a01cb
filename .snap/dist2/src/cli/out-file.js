/** The --out file or folder: checked before any file is read, written whole (temp name + rename), nothing left behind. */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../source/errors.js';
const kindOf = (p) => {
    try {
        return statSync(p).isDirectory() ? 'folder' : 'file';
    }
    catch {
        return null;
    }
};
function checkParent(path) {
    const folder = dirname(resolve(path));
    if (kindOf(folder) !== 'folder')
        throw new InputError(`输出文件夹 ${folder} 不存在`, `the output folder ${folder} does not exist`, path);
}
/** Refuse an --out path that cannot be written, before a long run is spent on it. */
export function checkOutPath(path) {
    if (kindOf(path) === 'folder')
        throw new InputError('输出路径是一个文件夹，请给出文件名', 'the output path is a folder: give a file name', path);
    checkParent(path);
}
/** Refuse an --out folder that cannot be made or written into: a file of that name, or no parent folder. */
export function checkOutFolder(path) {
    if (kindOf(path) === 'file')
        throw new InputError('输出路径是一个文件，请给出文件夹', 'the output path is a file: give a folder', path);
    checkParent(path);
}
/** The --out path is an existing folder. */
export const isFolder = (path) => kindOf(path) === 'folder';
function cannotWrite(error, path) {
    const code = error.code ?? (error instanceof Error ? error.message : String(error));
    return new InputError(`无法写入输出文件（${code}）`, `cannot write the output file (${code})`, path);
}
/** Write the whole output at once: never a half-written file, and no temporary file left on failure. */
export function writeOut(path, data) {
    const temp = `${path}.tmp-${process.pid}`;
    try {
        writeFileSync(temp, data);
        renameSync(temp, path);
    }
    catch (error) {
        rmSync(temp, { force: true });
        throw cannotWrite(error, path);
    }
}
/** A file a command writes itself (DuckDB's Parquet) at a temporary name, renamed when complete. */
export async function writeOutWith(path, write) {
    const temp = `${path}.tmp-${process.pid}`;
    try {
        await write(temp);
        renameSync(temp, path);
    }
    catch (error) {
        throw cannotWrite(error, path);
    }
    finally {
        rmSync(temp, { force: true });
    }
}
/**
 * Write files into a folder, all or none: they are written into a temporary folder beside it, which
 * becomes the folder when there was none, or whose files are moved into the existing folder (renames
 * within one file system, done only after every file was written).
 */
export function writeFolder(path, files) {
    const temp = `${resolve(path)}.tmp-${process.pid}`;
    try {
        mkdirSync(temp);
        for (const file of files)
            writeFileSync(join(temp, file.name), file.data);
        if (kindOf(path) === 'folder') {
            for (const file of files)
                renameSync(join(temp, file.name), join(path, file.name));
        }
        else
            renameSync(temp, path);
    }
    catch (error) {
        throw cannotWrite(error, path);
    }
    finally {
        rmSync(temp, { recursive: true, force: true });
    }
}
//# sourceMappingURL=out-file.js.map